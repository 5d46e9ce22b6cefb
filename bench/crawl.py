"""Crawler benchmark on the local corpus (not a timed test): ``python -m bench.crawl [--pages N]``.

Measures, in one run, on the corpus sites served from 127.0.0.1:
1. HTTP fetch throughput (pages/s): the crawler's own frontier (robots, sitemaps, politeness limiter with
   no delay, WARC writing, link extraction) over both corpus sites;
2. render throughput (pages/min) of :class:`crawler.render.Renderer` at the default pool size — desktop
   pass (DOM, axe, full-page screenshot) and issue 4's mobile pass, all through the guarding proxy;
3. the same pages through bare Playwright loops with the same number of tabs and the same axe call:
   ``goto(load) + axe`` only (the physical limit the issue names), and ``goto + axe`` plus the same
   gatherers (DOM, full-page screenshot, mobile pass), the like-for-like limit of what the renderer does;
   the bare loops run before and after ours, so a drift in machine load shows;
4. peak PSS of the browser process tree (``/proc/<pid>/smaps_rollup`` via psutil), sampled every 0.2 s.
Prints a JSON report.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time

import psutil
from playwright.async_api import async_playwright

from api.static_server import StaticServer
from checks.artifacts import Page
from crawler.download import Downloader
from crawler.fetch import CrawlLimits, SiteCrawler
from crawler.mobile import gather_mobile, mobile_context_options
from crawler.net import make_client
from crawler.politeness import LocalOriginLimiter
from crawler.render import _AXE_RUN, DESKTOP, Renderer, axe_source
from crawler.selection import renderable
from crawler.warc import WarcFile
from store.settings import get_settings


class PssSampler:
    """Samples the summed PSS (bytes) of Chromium processes under this process; keeps the peak."""

    def __init__(self) -> None:
        self.peak = 0
        self._task: asyncio.Task | None = None

    @staticmethod
    def pss() -> int:
        total = 0
        for proc in psutil.Process().children(recursive=True):
            try:
                if "chrom" in proc.name().lower():
                    total += proc.memory_full_info().pss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        return total

    async def _run(self) -> None:
        while True:
            self.peak = max(self.peak, await asyncio.to_thread(self.pss))
            await asyncio.sleep(0.2)

    def __enter__(self) -> PssSampler:
        self._task = asyncio.ensure_future(self._run())
        return self

    def __exit__(self, *exc) -> None:
        self._task.cancel()


async def http_crawl(settings, starts: list[str]) -> tuple[list[Page], float, int]:
    """Crawl each start URL; returns (pages, seconds, requests)."""
    pages, requests = [], 0
    started = time.perf_counter()
    async with make_client(settings.user_agent, {}, ["127.0.0.1"]) as client:
        limiter = LocalOriginLimiter(settings.global_concurrency)
        for url in starts:
            with WarcFile(settings.data_dir / "warc", "bench") as warc:
                budget = Downloader(client, limiter, _budget(settings), warc)
                crawler = SiteCrawler(budget, url, (), CrawlLimits(max_pages=200, max_depth=5,
                                                                  politeness_delay=0.0, workers=2))
                site = await crawler.crawl()
                pages += renderable(site)
                requests += budget.requests
    return pages, time.perf_counter() - started, requests


def _budget(settings):
    from crawler.audit import response_budget

    return response_budget(settings.model_copy(update={"politeness_delay": 0.0}))


async def ours(settings, urls: list[str]) -> tuple[float, int, int]:
    """Render ``urls`` with the Renderer; returns (seconds, peak PSS bytes, failures)."""
    async with Renderer(settings.chromium_path, settings.axe_tags, settings.page_timeout,
                        allowed=["127.0.0.1"], pool_size=settings.render_pool,
                        user_agent=settings.user_agent) as renderer:
        await renderer.axe_version()                       # warm-up, as a worker does once
        pages = [Page(url=u, final_url=u, status=200) for u in urls]
        with PssSampler() as sampler:
            started = time.perf_counter()
            await asyncio.gather(*(renderer.render(p) for p in pages))
            seconds = time.perf_counter() - started
    return seconds, sampler.peak, sum(1 for p in pages if p.render_error)


async def bare(settings, urls: list[str], tabs: int, like_for_like: bool) -> tuple[float, int]:
    """A bare Playwright loop over ``urls`` with ``tabs`` tabs: goto(load) + axe, and with
    ``like_for_like`` also DOM, full-page screenshot and the mobile pass. Returns (seconds, peak PSS)."""
    queue: asyncio.Queue = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    async with async_playwright() as pw:
        # offline names fail at once, as they do behind the guarding proxy (the corpus links CDNs)
        browser = await pw.chromium.launch(executable_path=settings.chromium_path, args=[
            "--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
        desktop = await browser.new_context(**DESKTOP)
        mobile = await browser.new_context(**mobile_context_options())

        async def worker() -> None:
            while not queue.empty():
                url = queue.get_nowait()
                tab = await desktop.new_page()
                await tab.goto(url, wait_until="load")
                await tab.evaluate(axe_source())
                await tab.evaluate(_AXE_RUN, settings.axe_tags)   # the very axe call the renderer makes
                if like_for_like:
                    await tab.content()
                    await tab.screenshot(full_page=True)
                await tab.close()
                if like_for_like:
                    await gather_mobile(mobile, Page(url=url, final_url=url, status=200), 30_000)

        warm = await desktop.new_page()
        await warm.evaluate(axe_source())
        await warm.close()
        with PssSampler() as sampler:
            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(tabs)))
            seconds = time.perf_counter() - started
        await browser.close()
    return seconds, sampler.peak


async def main(limit: int) -> dict:
    settings = get_settings()
    shared = settings.shared_dir / "corpus" / "sites"
    with StaticServer(shared / "signin-canada") as canada, StaticServer(shared / "w3c-bad") as bad:
        starts = [canada.url + "index.html", bad.url + "before/home.html", bad.url + "after/home.html"]
        pages, http_s, requests = await http_crawl(settings, starts)
        urls = [p.url for p in pages][:limit]
        bare_s, bare_pss = await bare(settings, urls, settings.render_pool, like_for_like=False)
        ours_s, ours_pss, failures = await ours(settings, urls)
        same_s, same_pss = await bare(settings, urls, settings.render_pool, like_for_like=True)
    per_min = lambda s: round(len(urls) / s * 60, 1)  # noqa: E731
    return {
        "http": {"pages": len(pages), "requests": requests, "seconds": round(http_s, 2),
                 "pages_per_s": round(len(pages) / http_s, 1)},
        "render": {"pages": len(urls), "tabs": settings.render_pool, "failures": failures,
                   "ours_pages_per_min": per_min(ours_s),
                   "bare_goto_axe_pages_per_min": per_min(bare_s),
                   "bare_same_gatherers_pages_per_min": per_min(same_s),
                   "ours_vs_bare_goto_axe": round(ours_s / bare_s, 2),
                   "ours_vs_bare_same_gatherers": round(ours_s / same_s, 2)},
        "peak_pss_mib": {"ours": round(ours_pss / 2**20), "bare_goto_axe": round(bare_pss / 2**20),
                         "bare_same_gatherers": round(same_pss / 2**20)},
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20, help="pages to render (default 20)")
    args = parser.parse_args()
    json.dump(asyncio.run(main(args.pages)), sys.stdout, indent=1)
    sys.stdout.write("\n")
