"""M17J audits as pure functions over hand-made MobileMetrics, values computed by hand from Lighthouse's
rules (viewport, content-width, font-size, tap-targets, plugins) and the site verdict."""

from __future__ import annotations

import pytest

from checks.artifacts import MobileMetrics, Page
from checks.detection import Detection
from checks.mobile import (
    audit_content_width,
    audit_font_size,
    audit_page,
    headline,
    is_plugin,
    legible_pct,
    m17j,
    mobile_optimized,
    parse_viewport,
    tap_target_failures,
    tappable_rects,
)

GOOD_VIEWPORT = "width=device-width, initial-scale=1"


@pytest.mark.parametrize(("content", "optimized"), [
    (None, False),                                   # no meta viewport at all
    ("", False),
    ("user-scalable=yes", False),                    # neither width nor initial-scale
    ("width=device-width", True),
    ("initial-scale=1", True),
    ("width=device-width; initial-scale=1", True),   # semicolons, as browsers accept
    ("width=980", True),                             # a number in 1–10000 is a valid width
    ("width=0", False),
    ("width=abc, initial-scale=20", False),          # initial-scale outside 0.1–10
    ("INITIAL-SCALE = 0.5", True),
])
def test_viewport_mobile_optimized(content, optimized):
    assert mobile_optimized(content) is optimized


def test_parse_viewport():
    assert parse_viewport("width=device-width,initial-scale=1 maximum-scale=2") == {
        "width": "device-width", "initial-scale": "1", "maximum-scale": "2"}


def _m(**kw) -> MobileMetrics:
    base = {"viewport_content": GOOD_VIEWPORT, "screen_width": 412, "inner_width": 412, "client_width": 412,
            "scroll_width": 412, "visual_viewport_scale": 1.0}
    return MobileMetrics(**{**base, **kw})


def test_content_width():
    assert audit_content_width("u", _m()).passed
    wide = audit_content_width("u", _m(scroll_width=700, visual_viewport_scale=412 / 700))
    assert not wide.passed and "700 px wide on a 412 px screen" in wide.explanation
    # no meta viewport: Chromium lays the page out 980 px wide
    assert not audit_content_width("u", _m(viewport_content=None, client_width=980, scroll_width=980)).passed


@pytest.mark.parametrize(("sizes", "scale", "pct", "passed"), [
    ([[16, 60], [10, 40]], 1.0, 60.0, True),        # exactly 60 % legible passes (≥ 60)
    ([[16, 59], [10, 41]], 1.0, 59.0, False),
    ([[12, 10], [11.99, 10]], 1.0, 50.0, False),    # 12 px counts as legible, 11.99 does not
    ([[16, 100]], 0.5, 0.0, False),                 # zoomed out to half: 16 px reads as 8 px
    ([], 1.0, None, True),                          # no text: nothing illegible
])
def test_font_size(sizes, scale, pct, passed):
    m = _m(font_sizes=sizes, visual_viewport_scale=scale)
    assert legible_pct(m) == (None if pct is None else pytest.approx(pct))
    assert audit_font_size("u", m).passed is passed


def test_font_size_fails_without_mobile_viewport():
    result = audit_font_size("u", _m(viewport_content=None, font_sizes=[[20, 100]]))
    assert not result.passed and "no viewport meta tag" in result.explanation


def _t(name: str, left: float, top: float, width: float, height: float, href: str = "") -> dict:
    return {"selector": name, "snippet": f"<a>{name}</a>", "href": href, "rects": [[left, top, width, height]]}


def test_tap_targets_overlap_ratio():
    # A 20×20 at (0,0); its finger is the 48×48 square centred on (10,10): x, y in [-14, 34]; it covers
    # 400 px² of A. B at x 24–44 covers 10×20 = 200 px² of the finger → ratio 0.5 ≥ 0.25 → both fail.
    a, b = _t("a", 0, 0, 20, 20), _t("b", 24, 0, 20, 20)
    failures = tap_target_failures([a, b])
    assert [(f[0]["selector"], f[1]["selector"], f[2]) for f in failures] == [("a", "b", 0.5), ("b", "a", 0.5)]


def test_tap_targets_ratio_boundary():
    # B at x 29–49 covers 5×20 = 100 px² of A's finger: ratio exactly 0.25 fails (≥ 0.25) …
    assert tap_target_failures([_t("a", 0, 0, 20, 20), _t("b", 29, 0, 20, 20)])
    # … at x 30 it covers 4×20 = 80 px²: ratio 0.2 passes
    assert not tap_target_failures([_t("a", 0, 0, 20, 20), _t("b", 30, 0, 20, 20)])


def test_tap_targets_large_enough_or_same_link_or_nested():
    assert not tap_target_failures([_t("a", 0, 0, 48, 48), _t("b", 48, 0, 48, 48)])     # 48×48: big enough
    same = "https://x.lv/a"
    assert not tap_target_failures([_t("a", 0, 0, 20, 20, same), _t("b", 24, 0, 20, 20, same)])
    # one target inside the other (an item with a delete button) is taken as intended
    assert not tap_target_failures([_t("row", 0, 0, 300, 40), _t("del", 260, 10, 20, 20)])


def test_tappable_rects_merge_and_drop():
    # two line boxes of one link side by side merge; a 1 px rect and a rect inside another are dropped
    rects = [(0, 0, 30, 20), (30, 0, 60, 20), (5, 5, 10, 10), (100, 100, 101, 140)]
    assert tappable_rects(rects) == [(0, 0, 60, 20)]


@pytest.mark.parametrize(("item", "plugin"), [
    ({"tag": "applet", "code": "Game.class"}, True),
    ({"tag": "embed", "src": "/media/intro.swf"}, True),
    ({"tag": "embed", "type": "application/x-shockwave-flash", "src": "/x"}, True),
    ({"tag": "object", "type": "application/x-java-applet;version=1.5"}, True),
    ({"tag": "object", "data": "movie.XAP?v=2"}, True),
    ({"tag": "object", "params": [["Movie", "http://a.lv/b.swf"]]}, True),
    ({"tag": "object", "data": "report.pdf", "type": "application/pdf"}, False),
    ({"tag": "embed", "src": "video.mp4", "type": "video/mp4"}, False),
    ({"tag": "object", "params": [["autoplay", "x.swf"]]}, False),    # not a source parameter
])
def test_plugins(item, plugin):
    assert is_plugin(item) is plugin


def _page(url: str, metrics: MobileMetrics | None) -> Page:
    return Page(url, url, 200, dom="<html></html>", mobile=metrics)


def _rows(detections: list[Detection]) -> list[tuple]:
    return [(d.option, d.value, d.status) for d in detections]


def test_site_mobile_friendly_when_every_measured_page_passes():
    pages = [_page("http://a.test/", _m(font_sizes=[[16, 100]])), _page("http://a.test/b", _m())]
    rows = m17j(pages, "http://a.test/", homepage_ok=True)
    assert _rows(rows) == [("1", True, "detected"), ("2", False, "not_detected")]
    assert headline(rows) == (True, [])


def test_site_fails_when_another_page_fails_and_notes_rank_problems():
    home = _page("http://a.test/", _m(viewport_content=None, client_width=980, scroll_width=980,
                                      visual_viewport_scale=412 / 980, font_sizes=[[16, 100]]))
    wide = _page("http://a.test/w", _m(scroll_width=700, font_sizes=[[16, 100]],
                                       embedded=[{"tag": "embed", "src": "a.swf", "selector": "embed"}]))
    ok = _page("http://a.test/ok", _m())
    rows = m17j([home, wide, ok], "http://a.test/", homepage_ok=True)
    assert _rows(rows) == [("1", False, "not_detected"), ("2", True, "detected")]
    friendly, problems = headline(rows)
    # failing pages per audit: content-width 2 (home, wide); viewport 1, font-size 1, tap-targets 1 (home,
    # no mobile viewport), plugins 1 (wide) → content-width first, then ties in Lighthouse's order
    assert friendly is False
    assert [p["id"] for p in problems] == ["content-width", "viewport", "font-size"]
    assert problems[0] == {"id": "content-width", "en": "Content wider than screen (2 of 3 pages)",
                           "lv": "Saturs ir platāks par ekrānu (2 no 3 lapām)"}
    assert rows[1].notes == problems
    assert {e.rule for e in rows[1].evidence} == {"viewport", "content-width", "font-size", "tap-targets",
                                                  "plugins"}


def test_outages_never_decide():
    rows = m17j([], "http://a.test/", homepage_ok=False)
    assert {d.status for d in rows} == {"error"} and headline(rows) == (None, [])
    broken = _page("http://a.test/", MobileMetrics(error="Timeout 30000ms exceeded"))
    rows = m17j([broken, _page("http://a.test/b", _m())], "http://a.test/", homepage_ok=True)
    assert {d.status for d in rows} == {"error"} and "Timeout" in rows[0].reason


def test_audit_page_needs_a_measurement():
    with pytest.raises(ValueError):
        audit_page(_page("http://a.test/", MobileMetrics(error="x")))
