"""M16J: conformance over (page, axe rule) pairs, the seed's group bands at their edges, page-level detail,
evidence per failure with WCAG success criteria read from axe tags, and the top failing criteria."""

from __future__ import annotations

import pytest

from checks.artifacts import AxeResult, Page
from checks.wcag import conformance, criteria_of, failure_evidence, m16j, top_criteria, wcag_group


def _page(url: str, passes: list[str], violations: list[dict], incomplete: list[str] = ()) -> Page:
    axe = AxeResult("4.12.1", ["wcag2a", "wcag2aa"], violations=violations, passes=passes,
                    incomplete=[{"id": i, "nodes": []} for i in incomplete])
    return Page(url, url, 200, dom="<html></html>", axe=axe)


def _site(passed: int, failed: int) -> list[Page]:
    """One page with ``passed`` distinct passing rules and ``failed`` distinct failing ones."""
    return [_page("http://a.test/", [f"p{i}" for i in range(passed)],
                  [{"id": f"f{i}", "tags": [], "nodes": []} for i in range(failed)])]


# passed/failed pair counts whose unrounded % sits exactly on each band edge of the seed's M16J options
@pytest.mark.parametrize(("passed", "failed", "pct", "group"), [
    (9501, 499, 95.01, 1),    # just above 95 → group 1 (> 95 %)
    (19, 1, 95.0, 2),         # 95 itself is group 2 (85–95 %)
    (17, 3, 85.0, 2),         # 85 itself is group 2
    (8499, 1501, 84.99, 3),   # just below 85 → group 3 (70–84.99 %)
    (7, 3, 70.0, 3),          # 70 itself is group 3
    (6999, 3001, 69.99, 4),   # just below 70 → group 4
])
def test_group_band_edges(passed, failed, pct, group):
    conf = conformance(_site(passed, failed))
    assert conf.pct == pytest.approx(pct, abs=1e-9)
    assert wcag_group(conf.pct) == group
    rows, _ = m16j(_site(passed, failed), homepage_ok=True)
    chosen = [r for r in rows if r.value]
    assert [r.option for r in chosen] == [str(group)]
    assert chosen[0].measure == pytest.approx(pct, abs=1e-9)
    assert {r.status for r in rows} == {"detected", "not_detected"}


def test_group_is_decided_on_the_unrounded_value():
    assert wcag_group(95.000001) == 1
    assert wcag_group(84.999999) == 3      # would round to 85.00 (group 2) if rounded first
    assert wcag_group(69.999999) == 4


def test_nothing_assessable_is_group_4():
    # the page rendered and axe ran, but every rule was inapplicable or incomplete
    page = _page("http://a.test/", [], [], incomplete=["color-contrast"])
    conf = conformance([page])
    assert conf.pct is None and (conf.passed, conf.failed) == (0, 0)
    assert wcag_group(None) == 4
    rows, _ = m16j([page], homepage_ok=True)
    four = rows[3]
    assert (four.option, four.value, four.status, four.measure) == ("4", True, "detected", None)
    assert four.reason.startswith("nothing assessable")


def test_no_page_tested_by_axe_or_an_unreachable_homepage_decides_no_group():
    # a browser crash or render timeout on every page is an outage, not "cannot be assessed" (DESIGN.md)
    crashed = Page(url="http://a.test/", final_url="http://a.test/", status=200, html="<p>x</p>")
    rows, _ = m16j([crashed], homepage_ok=True)
    assert {r.status for r in rows} == {"error"} and all(r.value is None for r in rows)
    assert rows[0].reason == "no page could be rendered and tested with axe-core"
    rows, _ = m16j([], homepage_ok=False)
    assert {r.status for r in rows} == {"error"} and all(r.value is None for r in rows)


def test_page_level_detail_and_incomplete_not_counted():
    home = _page("http://a.test/", ["html-has-lang", "document-title", "image-alt"],
                 [{"id": "image-alt", "tags": ["wcag111"], "nodes": []}], incomplete=["color-contrast"])
    news = _page("http://a.test/news", ["html-has-lang"], [{"id": "link-name", "tags": ["wcag244"], "nodes": []}],
                 incomplete=["html-has-lang"])
    conf = conformance([home, news])
    first, second = conf.pages
    # image-alt is in passes and violations on the home page: the violation wins (DESIGN.md)
    assert (first.passed, first.failed, first.incomplete) == (["document-title", "html-has-lang"], ["image-alt"],
                                                             ["color-contrast"])
    assert first.pct == pytest.approx(200 / 3)
    # html-has-lang passed on news and was also incomplete on some element: it counts as passed, and is
    # listed as needing review
    assert (second.passed, second.failed, second.incomplete) == (["html-has-lang"], ["link-name"],
                                                                 ["html-has-lang"])
    assert conf.per_page == {"http://a.test/": (2, 1), "http://a.test/news": (1, 1)}
    assert conf.pct == pytest.approx(60.0)


@pytest.mark.parametrize(("tags", "criteria"), [
    (["cat.text-alternatives", "wcag2a", "wcag111", "section508", "EN-9.1.1.1"], ["1.1.1"]),
    (["wcag21aa", "wcag1412"], ["1.4.12"]),
    (["wcag2a", "wcag244", "wcag412"], ["2.4.4", "4.1.2"]),
    (["wcag22aa", "wcag258"], ["2.5.8"]),
    (["best-practice", "cat.semantics"], []),
])
def test_criteria_from_axe_tags(tags, criteria):
    assert criteria_of(tags) == criteria


def test_evidence_per_failure():
    violation = {
        "id": "image-alt", "impact": "critical", "tags": ["cat.text-alternatives", "wcag2a", "wcag111"],
        "help": "Images must have alternative text",
        "helpUrl": "https://dequeuniversity.com/rules/axe/4.12/image-alt?application=axeAPI",
        "nodes": [{"target": ["#logo > img"], "html": '<img src="logo.png">',
                   "failureSummary": "Fix any of the following:\n  Element does not have an alt attribute"},
                  {"target": ["img.banner"], "html": '<img class="banner">', "failureSummary": "…"}]}
    page = _page("http://a.test/", [], [violation])
    page.screenshot = "ab" * 32
    [ev] = failure_evidence([page])
    assert (ev.url, ev.rule, ev.criteria, ev.impact) == ("http://a.test/", "image-alt", ["1.1.1"], "critical")
    assert (ev.selector, ev.snippet, ev.screenshot) == ("#logo > img", '<img src="logo.png">', "ab" * 32)
    assert ev.summary == ("Fix any of the following:\n  Element does not have an alt attribute"
                          " (+1 more element on this page)")
    assert ev.help_url.endswith("image-alt?application=axeAPI")
    rows, _ = m16j([page], homepage_ok=True)
    assert rows[3].evidence == [ev] and rows[0].evidence == []


def test_top_failing_criteria():
    def v(rule, *tags):
        return {"id": rule, "tags": ["wcag2a", *tags], "nodes": []}
    pages = [
        _page("http://a.test/", [], [v("image-alt", "wcag111"), v("color-contrast", "wcag143"),
                                     v("link-name", "wcag244", "wcag412")]),
        _page("http://a.test/a", [], [v("image-alt", "wcag111"), v("color-contrast", "wcag143"),
                                      v("region")]),
        _page("http://a.test/b", [], [v("input-image-alt", "wcag111"), v("button-name", "wcag412")]),
    ]
    top = top_criteria(pages, limit=3)
    # 1.1.1: 3 pairs (image-alt twice, input-image-alt); 4.1.2: 2 pairs on 2 pages; 1.4.3: 2 pairs on 2 pages
    # → tie between 4.1.2 and 1.4.3 broken by SC number; 2.4.4 (1 pair) is cut by the limit; region has no SC
    assert [(t["id"], t["pairs"], t["pages"]) for t in top] == [("1.1.1", 3, 3), ("1.4.3", 2, 2), ("4.1.2", 2, 2)]
    assert top[0]["rules"] == ["image-alt", "input-image-alt"]
    assert (top[1]["en"], top[1]["lv"], top[1]["level"]) == ("Contrast (Minimum)", "Kontrasts (minimālais)", "AA")
    rows, _ = m16j(pages, homepage_ok=True)
    assert [n["id"] for n in rows[3].notes] == ["1.1.1", "1.4.3", "4.1.2", "2.4.4"]
