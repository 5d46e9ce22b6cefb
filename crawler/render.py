"""Chromium rendering via Playwright (Debian's ``/usr/bin/chromium``, never a downloaded browser) and
the in-page gatherers: DOM snapshot, axe-core run, full-page screenshot.

Robustness: one browser per worker, at most ``pool_size`` tabs at once; navigation waits for
``DOMContentLoaded``, then for ``load`` and network idle (500 ms without requests, Playwright's
definition) each capped at ``network_idle_cap`` seconds, so a page whose scripts never go quiet still
renders; every page has a hard time limit; downloads are refused; JavaScript dialogs (alert, confirm,
prompt, beforeunload — which block headless Chromium until handled) are dismissed and recorded on the
page; a crashed browser is relaunched and the audit continues. All browser traffic goes through the
crawler's :class:`~crawler.proxy.GuardingProxy` (SSRF guard and resolver override); the browser's own
host resolver maps every name to NOTFOUND, so nothing can bypass the proxy by name.

axe-core comes from the ``axe-playwright-python`` wheel, which bundles ``axe.min.js``; its version is
read from the engine itself (``axe.version``) and recorded with every result.
"""

from __future__ import annotations

import asyncio
import contextlib
from functools import cache
from importlib.resources import files

from playwright.async_api import Browser, BrowserContext, Playwright, async_playwright
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page as Tab

from checks.artifacts import AxeResult, Page, PageError
from crawler.mobile import gather_mobile, mobile_context_options
from crawler.proxy import GuardingProxy
from crawler.tabs import dismiss_dialogs, settle
from store.evidence import put_blob

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--force-webrtc-ip-handling-policy=disable_non_proxied_udp"]
DESKTOP = {"viewport": {"width": 1366, "height": 768}}
MAX_SCREENSHOT_HEIGHT = 16384  # CSS px; a page taller than this is shot down to this height
MAX_DIALOGS = 20
PASSES = 2  # desktop (DOM, axe, screenshot) and mobile (issue 4's gatherer)

_AXE_RUN = """async (tags) => {
  const r = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                     resultTypes: ['violations', 'incomplete']});
  const slim = (v, n) => ({id: v.id, impact: v.impact, tags: v.tags, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.slice(0, n).map(
      x => ({target: x.target, html: x.html, failureSummary: x.failureSummary}))});
  return {version: axe.version, violations: r.violations.map(v => slim(v, 20)),
          incomplete: r.incomplete.map(v => slim(v, 5)), passes: r.passes.map(v => v.id),
          inapplicable: r.inapplicable.map(v => v.id)};
}"""


@cache
def axe_source() -> str:
    """The bundled axe-core script (``axe_playwright_python/axe.min.js``)."""
    return files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def resolver_rules(resolve: dict[str, str], proxied: bool) -> list[str]:
    """Chromium ``--host-resolver-rules``: with the proxy, every name maps to NOTFOUND (the proxy
    resolves, with the override); without it, the override (host → addr:port) as MAP rules."""
    if proxied:
        return ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
    if not resolve:
        return []
    rules = ", ".join(f"MAP {host} {target}" for host, target in resolve.items())
    return [f"--host-resolver-rules={rules}"]


class Renderer:
    """One browser per worker; ``render`` fills a :class:`Page`'s ``dom``, ``axe``, ``screenshot`` and
    ``dialogs`` (or ``render_error``). Use as ``async with Renderer(...) as r``. Raises PlaywrightError
    when Chromium cannot start; a page's failure is recorded on the page, never raised.

    ``timeout_s`` is the time allowed per pass (desktop, mobile); a page's hard limit is
    ``PASSES × timeout_s`` for navigation, gatherers and screenshots together;
    ``allowed`` the non-public addresses the guard lets through (tests: ``["127.0.0.1"]``);
    ``proxied`` False renders without the guarding proxy (only for benchmarks of the bare browser).
    """

    def __init__(self, chromium_path: str = "/usr/bin/chromium", tags: list[str] | None = None,
                 timeout_s: float = 30.0, resolve: dict[str, str] | None = None,
                 user_agent: str | None = None, allowed: list[str] | None = None, pool_size: int = 2,
                 network_idle_cap: float = 3.0, proxied: bool = True) -> None:
        self.chromium_path = chromium_path
        self.tags = tags or ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
        self.timeout_s = timeout_s
        self.hard_limit = timeout_s * PASSES
        self.resolve = resolve or {}
        self.allowed = allowed or []
        self.user_agent = user_agent
        self.idle_cap_ms = network_idle_cap * 1000
        self.proxied = proxied
        self.pool = asyncio.Semaphore(max(1, pool_size))
        self.restarts = 0
        self.proxy: GuardingProxy | None = None
        self._pw: Playwright | None = None
        self._restart_lock = asyncio.Lock()
        self._gone = asyncio.Event()
        self.browser: Browser | None = None
        self.desktop: BrowserContext | None = None
        self.mobile: BrowserContext | None = None  # M17J (issue 4): Lighthouse mobile emulation

    async def __aenter__(self) -> Renderer:
        try:
            if self.proxied:
                self.proxy = await GuardingProxy(self.resolve, self.allowed).__aenter__()
            self._pw = await async_playwright().start()
            await self._launch()
        except BaseException:  # Chromium failed to start: stop the proxy and the Playwright driver
            await self.__aexit__(None, None, None)
            raise
        return self

    async def __aexit__(self, *exc) -> None:
        if self.browser:
            with contextlib.suppress(PlaywrightError):
                await self.browser.close()
        if self._pw:
            await self._pw.stop()
        if self.proxy:
            await self.proxy.__aexit__(*exc)

    async def _launch(self) -> None:
        proxy = {"server": self.proxy.url} if self.proxy else None
        self._gone = asyncio.Event()
        self.browser = await self._pw.chromium.launch(
            executable_path=self.chromium_path, proxy=proxy,
            args=CHROMIUM_FLAGS + resolver_rules(self.resolve, self.proxy is not None))
        self.browser.on("disconnected", lambda _browser, gone=self._gone: gone.set())
        self.desktop = await self.browser.new_context(**DESKTOP, accept_downloads=False,
                                                      user_agent=self._user_agent())
        self.mobile = await self.browser.new_context(**mobile_context_options(self.user_agent))

    def _user_agent(self) -> str | None:
        """Chromium's own desktop User-Agent without "Headless", plus our honest product token."""
        if not self.user_agent:
            return None
        return (f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                f"Chrome/{self.browser.version} Safari/537.36 {self.user_agent}")

    async def _ensure_browser(self) -> None:
        async with self._restart_lock:
            if self.browser is not None and self.browser.is_connected() and not self._gone.is_set():
                return
            self.restarts += 1
            with contextlib.suppress(PlaywrightError):
                await self.browser.close()
            await self._launch()

    async def render(self, page: Page) -> None:
        """Render ``page.url`` and gather its artifacts. Failures land on ``page.render_error``: ``timeout``
        (hard limit), ``browser_crash`` (tab or browser died; the browser is relaunched) or ``render``
        (navigation refused, e.g. a download or a network error). The render races the browser's
        ``disconnected`` event, since a call in flight when the browser dies may never return."""
        async with self.pool:
            await self._ensure_browser()
            gone = self._gone
            work = asyncio.ensure_future(self._render(page))
            waiter = asyncio.ensure_future(gone.wait())
            try:
                done, _ = await asyncio.wait({work, waiter}, timeout=self.hard_limit,
                                             return_when=asyncio.FIRST_COMPLETED)
            except asyncio.CancelledError:  # the site budget ran out: the tab closes before the slot frees
                work.cancel()
                await asyncio.gather(work, return_exceptions=True)
                page.render_error = PageError(page.url, "timeout", "site time budget spent while rendering")
                raise
            finally:
                waiter.cancel()
            if work in done:
                exc = work.exception()
                if isinstance(exc, PlaywrightError):
                    page.render_error = PageError(page.url, self._kind(exc), _first_line(exc))
                elif exc is not None:
                    raise exc
                return
            work.cancel()
            await asyncio.gather(work, return_exceptions=True)
            if gone.is_set():
                page.render_error = PageError(page.url, "browser_crash", "the browser died while rendering")
            else:
                page.render_error = PageError(page.url, "timeout", f"rendering took over {self.hard_limit:g}s")

    def _kind(self, exc: PlaywrightError) -> str:
        text = str(exc)
        if not self.browser.is_connected() or "crash" in text.lower() or "closed" in text.lower():
            return "browser_crash"
        return "timeout" if "Timeout" in text else "render"

    async def _render(self, page: Page) -> None:
        tab = await self.desktop.new_page()
        dismiss_dialogs(tab, lambda d: _record_dialog(page, d))
        try:
            await self._desktop_pass(tab, page)
        finally:
            with contextlib.suppress(PlaywrightError, TimeoutError):
                await asyncio.wait_for(tab.close(), 5)
        # M17J (issue 4): the mobile gatherer, in its own context and tab, settling as the desktop pass
        await gather_mobile(self.mobile, page, self.timeout_s * 1000, self.idle_cap_ms)

    async def _desktop_pass(self, tab: Tab, page: Page) -> None:
        await settle(tab, page.url, self.timeout_s * 1000, self.idle_cap_ms)
        page.dom = await tab.content()
        await tab.evaluate(axe_source())
        raw = await tab.evaluate(_AXE_RUN, self.tags)
        page.axe = AxeResult(version=raw["version"], tags=list(self.tags), violations=raw["violations"],
                             passes=raw["passes"], incomplete=raw["incomplete"],
                             inapplicable=raw["inapplicable"])
        page.screenshot = await self._screenshot(tab)

    async def _screenshot(self, tab: Tab) -> str:
        """Full-page PNG, at most :data:`MAX_SCREENSHOT_HEIGHT` CSS px tall; stored by sha256."""
        height = await tab.evaluate("Math.max(document.documentElement.scrollHeight,"
                                    " document.body ? document.body.scrollHeight : 0)")
        if height > MAX_SCREENSHOT_HEIGHT:
            width = tab.viewport_size["width"]
            png = await tab.screenshot(full_page=True, clip={"x": 0, "y": 0, "width": width,
                                                             "height": MAX_SCREENSHOT_HEIGHT})
        else:
            png = await tab.screenshot(full_page=True)
        return await asyncio.to_thread(put_blob, png, ".png")

    async def axe_version(self) -> str:
        """axe-core's version as the engine reports it."""
        await self._ensure_browser()
        tab = await self.desktop.new_page()
        try:
            await tab.evaluate(axe_source())
            return await tab.evaluate("axe.version")
        finally:
            await tab.close()


def _record_dialog(page: Page, dialog) -> None:
    if len(page.dialogs) < MAX_DIALOGS:
        page.dialogs.append(f"{dialog.type}: {dialog.message[:200]}")


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
