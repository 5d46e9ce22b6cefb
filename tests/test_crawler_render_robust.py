"""Renderer robustness fixes from the code review, in real Chromium against 127.0.0.1: a render cancelled
by the site budget stops and closes its tab (#2), the mobile pass settles like the desktop pass around a
stalled resource (#15), a failed Chromium start leaves no proxy or driver behind (#19), and dialogs are
dismissed through one helper in both passes (#21)."""

from __future__ import annotations

import asyncio
import gc
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psutil
import pytest
from playwright.async_api import Error as PlaywrightError

from checks.artifacts import Page, SiteArtifacts
from crawler.audit import render_pages
from crawler.render import Renderer

PAGES = {
    "/": "<html lang=lv><head><title>Sākums</title></head><body><p>Labdien</p></body></html>",
    "/widget": "<html lang=lv><head><title>Logrīks</title></head><body><p>Teksts</p>"
               "<img src='/stall' alt='sociālais logrīks'></body></html>",
    "/alerts": "<html lang=lv><head><title>Brīdinājumi</title></head><body><p>Teksts</p>"
               "<script>for (let i = 0; i < 3; i++) alert('sveiki ' + i);</script></body></html>",
}


class _Server(ThreadingHTTPServer):
    """Pages on 127.0.0.1; ``/stall`` and ``/slow`` answer only when the server stops."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.release = threading.Event()

    def __enter__(self) -> _Server:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path in ("/stall", "/slow"):
            self.server.release.wait(60)
        body = PAGES.get(self.path, PAGES["/"]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    with _Server() as srv:
        yield srv


def _renderer(server, **kw) -> Renderer:
    resolve = {"www.render.lv": f"127.0.0.1:{server.server_address[1]}"}
    return Renderer(tags=["wcag2a"], resolve=resolve, allowed=["127.0.0.1"], network_idle_cap=1.0,
                    user_agent="eindex/0.1 (+test)", **kw)


def _page(path: str) -> Page:
    url = f"http://www.render.lv{path}"
    return Page(url=url, final_url=url, status=200)


async def test_render_cancelled_by_the_site_budget_stops_and_closes_its_tab(server):
    async with _renderer(server, timeout_s=20, pool_size=2) as renderer:
        pages = [_page("/slow"), _page("/slow")]
        site = SiteArtifacts("http://www.render.lv/", "http://www.render.lv/", pages=list(pages))
        await render_pages(renderer, site, pages, 1.0)
        assert renderer.desktop.pages == [] and renderer.mobile.pages == []   # no tab left open
        assert renderer.pool._value == 2                                      # no slot held by an orphan
        assert [p.render_error.kind for p in pages] == ["timeout", "timeout"]
        await asyncio.sleep(0.5)
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()
                   and "_render" in repr(t.get_coro())]
        assert pending == []
    assert all(p.dom is None and p.axe is None for p in pages)


async def test_mobile_pass_settles_around_a_stalled_resource_like_the_desktop_pass(server):
    async with _renderer(server, timeout_s=4) as renderer:
        page = _page("/widget")
        await renderer.render(page)
    assert page.render_error is None and page.axe is not None             # desktop: load capped at 1 s
    assert page.mobile is not None and page.mobile.error is None          # mobile: was a 4 s load timeout
    assert page.mobile.font_sizes and page.mobile_screenshot


def _drivers() -> set[int]:
    """PIDs of Playwright driver processes (``run-driver``) descended from this process."""
    return {p.pid for p in psutil.Process().children(recursive=True) if "run-driver" in " ".join(p.cmdline())}


def _listening() -> set[int]:
    """Ports this process listens on."""
    return {c.laddr.port for c in psutil.Process().net_connections(kind="tcp") if c.status == psutil.CONN_LISTEN}


async def test_failed_chromium_start_leaves_no_proxy_or_driver(server):
    drivers, ports = _drivers(), _listening()
    renderer = _renderer(server, chromium_path="/nonexistent/chromium")
    with pytest.raises(PlaywrightError):
        await renderer.__aenter__()
    await asyncio.sleep(0.5)
    assert renderer.proxy is not None                     # the proxy was started, and is closed again
    assert _listening() - ports == set()
    assert _drivers() - drivers == set()


async def test_dialogs_are_dismissed_in_both_passes_without_stray_tasks(server):
    loop = asyncio.get_running_loop()
    unhandled: list[dict] = []
    loop.set_exception_handler(lambda _loop, context: unhandled.append(context))
    async with _renderer(server, timeout_s=10) as renderer:
        page = _page("/alerts")
        await renderer.render(page)
    gc.collect()
    await asyncio.sleep(0.1)
    assert page.render_error is None and page.mobile.error is None
    assert page.dialogs == ["alert: sveiki 0", "alert: sveiki 1", "alert: sveiki 2"]   # desktop pass records
    assert unhandled == []
