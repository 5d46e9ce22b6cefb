"""The mobile gatherer in real Chromium (Moto G Power emulation) on small local pages, one per criterion
passing and failing; the expected numbers follow from the CSS of each page."""

from __future__ import annotations

import asyncio

import pytest
from playwright.async_api import async_playwright

from api.static_server import StaticServer
from checks.artifacts import Page
from checks.mobile import audit_page
from crawler.mobile import gather_mobile, mobile_context_options
from crawler.render import CHROMIUM_FLAGS
from store.settings import get_settings

VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">'
BASE = "<style>body{margin:0;font-size:16px} a.t{position:absolute;display:block;width:20px;height:20px}</style>"

PAGES = {
    # everything right: 16 px text, two 48×48 buttons far apart, a PDF object
    "good.html": f"""<!doctype html><html lang="en"><head>{VIEWPORT}{BASE}<title>ok</title></head><body>
        <p>Readable text for a phone screen.</p>
        <button style="width:48px;height:48px">A</button>
        <button style="width:48px;height:48px;margin-left:40px">B</button>
        <object data="report.pdf" type="application/pdf" width="10" height="10"></object></body></html>""",
    # no meta viewport: Chromium lays out 980 px and zooms out to 412/980
    "no-viewport.html": f"""<!doctype html><html><head>{BASE}<title>x</title></head><body>
        <p>Desktop page.</p></body></html>""",
    "viewport-no-width.html": f"""<!doctype html><html><head><meta name="viewport" content="user-scalable=yes">
        {BASE}<title>x</title></head><body><p>Text.</p></body></html>""",
    # a 700 px wide block on a 412 px screen
    "wide.html": f"""<!doctype html><html><head>{VIEWPORT}{BASE}<title>x</title></head><body>
        <div style="width:700px">Wide table</div></body></html>""",
    # 70 characters at 10 px, 30 at 16 px: 30 % legible
    "small-text.html": f"""<!doctype html><html><head>{VIEWPORT}{BASE}<title>x</title></head><body>
        <p id="fine" style="font-size:10px">{"a" * 70}</p><p>{"b" * 30}</p></body></html>""",
    # two 20×20 links 4 px apart: each finger covers half as much of the neighbour as of itself
    "close-targets.html": f"""<!doctype html><html><head>{VIEWPORT}{BASE}<title>x</title></head><body>
        <a class="t" id="one" href="/1" style="left:10px;top:10px">1</a>
        <a class="t" id="two" href="/2" style="left:34px;top:10px">2</a></body></html>""",
    # the same links 60 px apart; and small links inside running text, which Lighthouse leaves out
    "spaced-targets.html": f"""<!doctype html><html><head>{VIEWPORT}{BASE}<title>x</title></head><body>
        <a class="t" href="/1" style="left:10px;top:10px">1</a>
        <a class="t" href="/2" style="left:90px;top:10px">2</a>
        <p style="margin-top:80px">See <a href="/a">a</a> <a href="/b">b</a> and the rest of the sentence.</p>
        </body></html>""",
    "flash.html": f"""<!doctype html><html><head>{VIEWPORT}{BASE}<title>x</title></head><body>
        <embed id="movie" src="intro.swf" width="10" height="10"></body></html>""",
}


@pytest.fixture(scope="module")
def measured(tmp_path_factory) -> dict[str, Page]:
    root = tmp_path_factory.mktemp("mobile-site")
    for name, html in PAGES.items():
        (root / name).write_text(html, encoding="utf-8")

    async def run() -> dict[str, Page]:
        out = {}
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=get_settings().chromium_path, args=CHROMIUM_FLAGS)
            try:
                context = await browser.new_context(**mobile_context_options("eindex-test"))
                for name in PAGES:
                    page = Page(server.url + name, server.url + name, 200, dom="")
                    await gather_mobile(context, page, 15000)
                    out[name] = page
            finally:
                await browser.close()
        return out

    with StaticServer(root) as server:
        return asyncio.run(run())


def _failed(page: Page) -> set[str]:
    return {r.id for r in audit_page(page) if not r.passed}


def test_emulation_is_lighthouse_moto_g_power(measured):
    m = measured["good.html"].mobile
    assert m.error is None
    assert (m.screen_width, m.client_width, m.scroll_width, m.visual_viewport_scale) == (412, 412, 412, 1.0)
    assert measured["good.html"].mobile_screenshot


def test_good_page_passes_all(measured):
    assert _failed(measured["good.html"]) == set()
    assert len(measured["good.html"].mobile.tap_targets) == 2


def test_no_viewport(measured):
    m = measured["no-viewport.html"].mobile
    assert m.viewport_content is None
    assert m.client_width == 980 and m.screen_width == 412
    assert m.visual_viewport_scale == pytest.approx(412 / 980, abs=0.01)
    # Lighthouse: no mobile-optimized viewport also fails font-size and tap-targets
    assert _failed(measured["no-viewport.html"]) == {"viewport", "content-width", "font-size", "tap-targets"}


def test_viewport_without_width(measured):
    assert measured["viewport-no-width.html"].mobile.viewport_content == "user-scalable=yes"
    assert "viewport" in _failed(measured["viewport-no-width.html"])


def test_content_wider_than_screen(measured):
    m = measured["wide.html"].mobile
    assert m.scroll_width == 700 and m.client_width == 412
    assert _failed(measured["wide.html"]) == {"content-width"}


def test_small_text(measured):
    m = measured["small-text.html"].mobile
    assert sorted(m.font_sizes) == [[10, 70], [16, 30]]
    [font] = [r for r in audit_page(measured["small-text.html"]) if r.id == "font-size"]
    assert not font.passed and "30.0 %" in font.explanation
    assert font.evidence[0].selector == "#fine"


def test_close_tap_targets(measured):
    page = measured["close-targets.html"]
    assert [t["rects"] for t in page.mobile.tap_targets] == [[[10, 10, 20, 20]], [[34, 10, 20, 20]]]
    [tap] = [r for r in audit_page(page) if r.id == "tap-targets"]
    assert not tap.passed and tap.explanation.startswith("2 of 2 tap targets")
    assert {e.selector for e in tap.evidence} == {"#one", "#two"}


def test_spaced_tap_targets_and_links_in_text(measured):
    page = measured["spaced-targets.html"]
    assert len(page.mobile.tap_targets) == 2          # the links inside the sentence are left out
    assert _failed(page) == set()


def test_plugins(measured):
    page = measured["flash.html"]
    assert page.mobile.embedded[0]["src"] == "intro.swf"
    assert _failed(page) == {"plugins"}
