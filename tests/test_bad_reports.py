"""Acceptance on W3C's "Before and After Demonstration" (BAD, 2009 CityLights site, WCAG 2.0 evaluated by
W3C itself): the inaccessible ``before/`` site and the repaired ``after/`` site are audited end to end
(crawl → render → axe + mobile gatherer → checks) with the default tags (WCAG 2.1 A/AA).

What axe finds is compared per page with W3C's own report (``<side>/reports/<page>.html``, rows
``tr.criterion.fail``): every success criterion axe fails must be one W3C failed too, and the exact set
found per page is written down below, so a change in what axe catches shows up here.
"""

from __future__ import annotations

import asyncio
import re

import pytest
from bs4 import BeautifulSoup

from api.static_server import StaticServer
from checks.wcag import criteria_of, wcag_group
from crawler.run import run_sites
from store.settings import Settings, get_settings

BAD = get_settings().shared_dir / "corpus" / "sites" / "w3c-bad"
if not BAD.is_dir():
    pytest.skip(f"W3C BAD corpus not found at {BAD} (set EINDEX_SHARED_DIR)", allow_module_level=True)
PAGES = ["home", "news", "tickets", "survey", "template"]
EXCLUDE = ["*/reports/*", "*/annotated/*"]
pytestmark = pytest.mark.slow  # two site audits with desktop and mobile rendering: about a minute here

# axe-core 4.12.1 on before/ (WCAG 2.1 A/AA): on every page html-has-lang (3.1.1: <html> has no lang),
# image-alt (1.1.1: images without alt), link-name (2.4.4, 4.1.2: image links with no name) and select-name
# (4.1.2: unlabelled <select>); color-contrast (1.4.3) on home, tickets and template (on news and survey
# axe leaves the low-contrast text "incomplete": needs review, not counted); label (4.1.2) on survey.
AXE_FINDS_BEFORE = {
    "home": {"1.1.1", "1.4.3", "2.4.4", "3.1.1", "4.1.2"},
    "news": {"1.1.1", "2.4.4", "3.1.1", "4.1.2"},
    "tickets": {"1.1.1", "1.4.3", "2.4.4", "3.1.1", "4.1.2"},
    "survey": {"1.1.1", "2.4.4", "3.1.1", "4.1.2"},
    "template": {"1.1.1", "1.4.3", "2.4.4", "3.1.1", "4.1.2"},
}
FAILING_RULES_BEFORE = {
    "home": {"color-contrast", "html-has-lang", "image-alt", "link-name", "select-name"},
    "news": {"html-has-lang", "image-alt", "link-name", "select-name"},
    "tickets": {"color-contrast", "html-has-lang", "image-alt", "link-name", "select-name"},
    "survey": {"html-has-lang", "image-alt", "label", "link-name", "select-name"},
    "template": {"color-contrast", "html-has-lang", "image-alt", "link-name", "select-name"},
}
# Violations accepted on after/ pages, with the reason: none — W3C's reports of the repaired pages list no
# failed success criterion, and axe agrees.
ACCEPTED_AFTER: dict[str, set[str]] = {}


def w3c_failed(side: str, page: str, levels: tuple[str, ...] = ("A", "AA")) -> set[str]:
    """Success criteria W3C's report marks failed on a page (``tr.criterion.fail``), at ``levels``."""
    soup = BeautifulSoup((BAD / side / "reports" / f"{page}.html").read_text(encoding="utf-8"), "lxml")
    out = set()
    for row in soup.select("tr.criterion.fail"):
        sc = row.find_all("td")[1].get_text(strip=True)
        level = re.search(r"\(Level (A+)\)", row.get_text(" ")).group(1)
        if level in levels:
            out.add(sc)
    return out


@pytest.fixture(scope="module")
def audited(tmp_path_factory) -> dict:
    settings = Settings(data_dir=tmp_path_factory.mktemp("bad"), allow_private=["127.0.0.1"])
    with StaticServer(BAD) as server:
        sites = [(server.url + "before/home.html", EXCLUDE), (server.url + "after/home.html", EXCLUDE)]
        version, (before, after) = asyncio.run(run_sites(sites, settings))
    return {"version": version, "before": before, "after": after, "base": server.url}


def _page(result, base: str, side: str, name: str):
    return next(p for p in result.artifacts.rendered_pages if p.url == f"{base}{side}/{name}.html")


def test_after_lands_in_a_better_wcag_group(audited):
    before, after = audited["before"], audited["after"]
    assert audited["version"] == "4.12.1"
    assert len(before.artifacts.rendered_pages) == len(after.artifacts.rendered_pages) == 5
    # before: 55 passed / 24 failed (page, rule) pairs = 69.62 % → group 4 (< 70). The 24 failures are the
    # rules listed in FAILING_RULES_BEFORE: 4 rules × 5 pages + color-contrast × 3 + label × 1.
    assert sum(len(r) for r in FAILING_RULES_BEFORE.values()) == 24
    assert before.conformance_pct == pytest.approx(55 / 79 * 100) and before.wcag_group == 4
    # after: 87 passed / 0 failed = 100 % → group 1 (> 95)
    assert after.conformance_pct == 100.0 and after.wcag_group == 1
    assert after.wcag_group < before.wcag_group
    assert wcag_group(before.conformance_pct) == 4


def test_before_findings_per_page_are_confirmed_by_w3c(audited):
    base = audited["base"]
    for name in PAGES:
        page = _page(audited["before"], base, "before", name)
        assert {v["id"] for v in page.axe.violations} == FAILING_RULES_BEFORE[name], name
        found = {sc for v in page.axe.violations for sc in criteria_of(v["tags"])}
        assert found == AXE_FINDS_BEFORE[name], name
        # precision: every criterion axe fails, W3C failed on that page too
        assert found <= w3c_failed("before", name), name
    # recall against W3C's A/AA failures: axe catches 5 of home's 19 (the rest need human judgement:
    # meaningful sequence, use of colour, keyboard, focus, headings and labels, descriptive titles …)
    assert len(w3c_failed("before", "home")) == 19


def test_after_pages_have_no_violation(audited):
    base = audited["base"]
    for name in PAGES:
        assert w3c_failed("after", name, ("A", "AA", "AAA")) == set()
        page = _page(audited["after"], base, "after", name)
        assert {v["id"] for v in page.axe.violations} <= ACCEPTED_AFTER.get(name, set()), name


def test_evidence_and_top_criteria_before(audited):
    m16j = [d for d in audited["before"].detections if d.question_id == "M16J" and d.value]
    assert [d.option for d in m16j] == ["4"]
    assert len(m16j[0].evidence) == 24
    assert all(e.rule and e.url and e.selector and e.snippet for e in m16j[0].evidence)
    # 4.1.2: link-name, select-name (5 pages each) and label (survey) = 11 pairs; then 1.1.1, 2.4.4, 3.1.1
    # with 5 each (ties by SC number), then 1.4.3 with 3
    assert [(n["id"], n["pairs"]) for n in m16j[0].notes] == [("4.1.2", 11), ("1.1.1", 5), ("2.4.4", 5),
                                                             ("3.1.1", 5), ("1.4.3", 3)]


def test_neither_2009_site_is_mobile_friendly(audited):
    # both are fixed-width desktop layouts without <meta name="viewport">: Chromium lays them out 980 px
    # wide, so viewport, content-width, font-size and tap-targets fail on every page (Lighthouse fails the
    # last two outright without a mobile viewport); the top 3 keep Lighthouse's order on the tie
    for side in ("before", "after"):
        result = audited[side]
        assert result.mobile_friendly is False
        assert [p["id"] for p in result.mobile_problems] == ["viewport", "content-width", "font-size"]
        assert result.mobile_problems[0]["en"] == "Viewport not set for mobile screens (5 of 5 pages)"
