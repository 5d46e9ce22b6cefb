"""Chromium rendering via Playwright (Debian's ``/usr/bin/chromium``, never a downloaded browser) and
the in-page gatherers: DOM snapshot, axe-core run, desktop screenshot.

axe-core comes from the ``axe-playwright-python`` wheel, which bundles ``axe.min.js``; its version is
read from the engine itself (``axe.version``) and recorded with every result.
"""

from __future__ import annotations

import asyncio
from functools import cache
from importlib.resources import files

from playwright.async_api import Browser, BrowserContext, async_playwright
from playwright.async_api import Error as PlaywrightError

from checks.artifacts import AxeResult, Page, PageError
from crawler.mobile import gather_mobile, mobile_context_options
from store.evidence import put_blob

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"viewport": {"width": 1366, "height": 768}}

_AXE_RUN = """async (tags) => {
  const r = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                     resultTypes: ['violations', 'incomplete']});
  const slim = (v, n) => ({id: v.id, impact: v.impact, tags: v.tags, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.slice(0, n).map(x => ({target: x.target, html: x.html, failureSummary: x.failureSummary}))});
  return {version: axe.version, violations: r.violations.map(v => slim(v, 20)),
          incomplete: r.incomplete.map(v => slim(v, 5)), passes: r.passes.map(v => v.id),
          inapplicable: r.inapplicable.map(v => v.id)};
}"""


@cache
def axe_source() -> str:
    """The bundled axe-core script (``axe_playwright_python/axe.min.js``)."""
    return files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def resolver_rules(resolve: dict[str, str]) -> list[str]:
    """Chromium ``--host-resolver-rules`` for the resolver override (host → addr:port)."""
    if not resolve:
        return []
    rules = ", ".join(f"MAP {host} {target}" for host, target in resolve.items())
    return [f"--host-resolver-rules={rules}"]


class Renderer:
    """One browser per worker; ``render`` fills a :class:`Page`'s ``dom``, ``axe`` and ``screenshot``.

    Use as ``async with Renderer(...) as r``. Raises PlaywrightError when Chromium cannot start.
    """

    def __init__(self, chromium_path: str = "/usr/bin/chromium", tags: list[str] | None = None,
                 timeout_s: float = 30.0, resolve: dict[str, str] | None = None,
                 user_agent: str | None = None) -> None:
        self.chromium_path = chromium_path
        self.tags = tags or ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
        self.timeout_ms = timeout_s * 1000
        self.resolve = resolve or {}
        self.user_agent = user_agent
        self._pw = None
        self.browser: Browser | None = None
        self.desktop: BrowserContext | None = None
        self.mobile: BrowserContext | None = None  # M17J (issue 4): Lighthouse mobile emulation

    async def __aenter__(self) -> Renderer:
        self._pw = await async_playwright().start()
        self.browser = await self._pw.chromium.launch(
            executable_path=self.chromium_path, args=CHROMIUM_FLAGS + resolver_rules(self.resolve))
        self.desktop = await self.browser.new_context(**DESKTOP, accept_downloads=False)
        self.mobile = await self.browser.new_context(**mobile_context_options(self.user_agent))
        return self

    async def __aexit__(self, *exc) -> None:
        if self.browser:
            await self.browser.close()
        if self._pw:
            await self._pw.stop()

    async def render(self, page: Page) -> None:
        """Render ``page.url`` on the desktop context and gather DOM, axe and a full-page screenshot.
        A failure is recorded on ``page.error`` (kind ``timeout`` or ``browser_crash``), never raised."""
        tab = await self.desktop.new_page()
        tab.on("dialog", lambda d: asyncio.ensure_future(d.dismiss()))
        try:
            await tab.goto(page.url, wait_until="load", timeout=self.timeout_ms)
            try:
                await tab.wait_for_load_state("networkidle", timeout=3000)
            except PlaywrightError:
                pass
            page.dom = await tab.content()
            await tab.evaluate(axe_source())
            raw = await tab.evaluate(_AXE_RUN, self.tags)
            page.axe = AxeResult(version=raw["version"], tags=list(self.tags), violations=raw["violations"],
                                 passes=raw["passes"], incomplete=raw["incomplete"],
                                 inapplicable=raw["inapplicable"])
            png = await tab.screenshot(full_page=True, timeout=self.timeout_ms)
            page.screenshot = await asyncio.to_thread(put_blob, png, ".png")
        except PlaywrightError as exc:
            kind = "timeout" if "Timeout" in str(exc) else "browser_crash"
            page.error = page.error or PageError(page.url, kind, str(exc).splitlines()[0][:300])
        finally:
            await tab.close()
        if page.error is None:  # M17J (issue 4): the mobile gatherer, in its own context and tab
            await gather_mobile(self.mobile, page, self.timeout_ms)

    async def axe_version(self) -> str:
        """axe-core's version as the engine reports it."""
        tab = await self.desktop.new_page()
        try:
            await tab.evaluate(axe_source())
            return await tab.evaluate("axe.version")
        finally:
            await tab.close()
