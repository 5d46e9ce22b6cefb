"""The renderer against hostile pages in real Chromium: JS that never goes idle, dialogs, a busy loop
past the hard time limit, a crashed browser, and the SSRF guard on every socket the browser opens
(through the guarding proxy)."""

from __future__ import annotations

import asyncio
import os
import signal
import time

import psutil
import pytest

from checks.artifacts import Page
from crawler.render import Renderer
from tests.hostile.canary import Canary
from tests.hostile.server import HostileServer


@pytest.fixture(scope="module")
def server():
    with HostileServer() as srv:
        yield srv


def _renderer(server, **kw) -> Renderer:
    resolve = {"www.hostile.lv": f"127.0.0.1:{server.port}"}
    resolve.update(kw.pop("resolve", {}))
    return Renderer(tags=["wcag2a"], timeout_s=kw.pop("timeout_s", 15), resolve=resolve,
                    allowed=["127.0.0.1"], network_idle_cap=1.0, user_agent="eindex/0.1 (+test)", **kw)


def _page(path: str) -> Page:
    url = f"http://www.hostile.lv{path}"
    return Page(url=url, final_url=url, status=200)


async def test_never_idle_page_renders_within_the_idle_cap(server):
    async with _renderer(server) as renderer:
        page = _page("/never-idle")
        started = time.monotonic()
        await renderer.render(page)
    assert page.render_error is None and page.axe is not None and page.screenshot
    assert time.monotonic() - started < 10       # load 1 s cap + network-idle 1 s cap + axe + screenshot


async def test_dialogs_are_dismissed_and_recorded(server):
    async with _renderer(server) as renderer:
        page = _page("/dialogs")
        await renderer.render(page)
    assert page.render_error is None
    assert page.dialogs == ["alert: hello", "confirm: sure?"]
    assert "<title>dismissed</title>" in page.dom         # confirm() was answered "cancel"


async def test_busy_loop_hits_the_hard_limit_and_the_renderer_goes_on(server):
    async with _renderer(server, timeout_s=4) as renderer:
        stuck, after = _page("/busy-loop"), _page("/")
        started = time.monotonic()
        await renderer.render(stuck)
        assert time.monotonic() - started < renderer.hard_limit + 3
        await renderer.render(after)
    assert stuck.render_error.kind == "timeout"
    assert after.render_error is None and after.axe is not None


def _browsers() -> set[int]:
    """PIDs of the Chromium browser processes (the one Playwright drives over a pipe; not renderers,
    helpers or the crash handler) descended from this process."""
    return {p.pid for p in psutil.Process().children(recursive=True)
            if "--remote-debugging-pipe" in p.cmdline() and not any(a.startswith("--type=") for a in p.cmdline())}


async def test_crashed_browser_is_restarted_and_the_audit_continues(server):
    before = _browsers()                      # other tests' browsers are left alone
    async with _renderer(server) as renderer:
        ours = _browsers() - before
        during, after = _page("/never-idle"), _page("/")
        task = asyncio.ensure_future(renderer.render(during))
        await asyncio.sleep(0.5)
        assert len(ours) == 1
        os.kill(ours.pop(), signal.SIGKILL)
        await task
        await renderer.render(after)
        assert renderer.restarts == 1
    assert during.render_error is not None, "the page rendering when the browser died"
    assert during.render_error.kind == "browser_crash", during.render_error
    assert after.render_error is None and after.axe is not None


async def test_browser_sockets_obey_the_ssrf_guard(server):
    """Every way the page tries to reach 127.0.0.2 (img, preconnect, fetch, WebSocket, beacon, TLS
    iframe, a name resolving there) is refused by the proxy; without the proxy the same page does
    reach it, so the test can see a leak."""
    with Canary() as canary:
        server.ssrf_target = canary.address
        evil = {"evil.hostile.lv": canary.address}
        async with _renderer(server, resolve=evil) as renderer:
            page = _page("/ssrf")
            await renderer.render(page)
            await asyncio.sleep(1.0)
        assert page.render_error is None
        assert server.hits[("www.hostile.lv", "/ok.png")] >= 1     # the allowed host is reachable
        assert canary.connections == 0
        refused = " ".join(renderer.proxy.refused)
        assert canary.address in refused and "evil.hostile.lv" in refused and "169.254.169.254" in refused

        async with _renderer(server, resolve=evil, proxied=False) as bare:
            await bare.render(_page("/ssrf"))
            await asyncio.sleep(1.0)
        assert canary.connections > 0
