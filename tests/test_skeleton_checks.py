"""Site scope, site search (M08.7) and the M16J group on small hand-made pages."""

from __future__ import annotations

import pytest

from checks.artifacts import AxeResult, Page
from checks.features import site_search
from checks.wcag import conformance, m16j, wcag_group
from crawler.scope import SiteScope


@pytest.mark.parametrize(("declared", "url", "inside"), [
    ("https://www.vid.gov.lv", "https://vid.gov.lv/lv/kontakti", True),          # non-www twin
    ("https://www.vid.gov.lv/", "https://eds.vid.gov.lv/login", True),           # subdomain
    ("https://www.vid.gov.lv", "https://www.gov.lv/lv", False),                  # registrable domain is shared
    ("https://www.gov.lv/lv/iestade", "https://www.gov.lv/lv/cits", True),       # directory of the path: /lv/
    ("https://www.gov.lv/lv/iestade/", "https://www.gov.lv/lv/cits", False),     # directory /lv/iestade/
    ("https://www.gov.lv/lv/iestade/", "https://www.gov.lv/lv/iestade/x", True),
    ("http://127.0.0.1:8000/before/home.html", "http://127.0.0.1:8000/after/home.html", False),
    ("http://127.0.0.1:8000/before/home.html", "http://127.0.0.1:9000/before/news.html", False),
    ("https://www.vid.gov.lv", "ftp://www.vid.gov.lv/x", False),
])
def test_scope(declared, url, inside):
    assert SiteScope.from_declared(declared).contains(url) is inside


def test_scope_exclude():
    scope = SiteScope.from_declared("http://127.0.0.1:8000/before/home.html", ["*/reports/*"])
    assert not scope.contains("http://127.0.0.1:8000/before/reports/home.html")
    assert scope.contains("http://127.0.0.1:8000/before/news.html")


def _page(html: str) -> Page:
    return Page(url="http://a.test/", final_url="http://a.test/", status=200, dom=html)


def test_site_search_landmark():
    det = site_search([_page('<div id="hdr"><form role="search" action="/meklet"><input name="q"></form></div>')])
    assert (det.question_id, det.option, det.value, det.status) == ("M08", "7", True, "detected")
    assert det.evidence[0].selector == "#hdr > form"


def test_site_search_latvian_form():
    html = '<form action="/lv/meklesana"><input type="text" name="query"><button>Meklēt</button></form>'
    det = site_search([_page(html)])
    assert det.value is True and det.status == "detected"


def test_no_site_search():
    det = site_search([_page('<form action="/subscribe"><input type="email" name="email"></form>')])
    assert (det.value, det.status) == (False, "not_detected")


def _axe(passes: list[str], violations: list[str]) -> AxeResult:
    return AxeResult("4.x", ["wcag2a"], violations=[{"id": v, "nodes": []} for v in violations], passes=passes)


def test_conformance_pairs_and_group():
    # page 1: 3 passing rules, 1 failing; page 2: 2 passing, 2 failing (one also listed as pass: failing wins)
    p1 = Page("http://a.test/", "http://a.test/", 200, axe=_axe(["a", "b", "c"], ["d"]))
    p2 = Page("http://a.test/x", "http://a.test/x", 200, axe=_axe(["a", "b", "e"], ["e", "f"]))
    conf = conformance([p1, p2])
    assert (conf.passed, conf.failed) == (5, 3)
    assert conf.pct == pytest.approx(62.5)
    assert wcag_group(conf.pct) == 4
    rows, _ = m16j([p1, p2], homepage_ok=True)
    assert [(r.option, r.value) for r in rows] == [("1", False), ("2", False), ("3", False), ("4", True)]
    assert rows[3].measure == pytest.approx(62.5)


def test_homepage_down_has_no_group():
    rows, _ = m16j([], homepage_ok=False)
    assert {r.status for r in rows} == {"error"} and all(r.value is None for r in rows)
