"""Run the HTTP crawl of one site with test budgets, the way ``crawler.audit`` wires it."""

from __future__ import annotations

from urllib.parse import urlsplit

from checks.artifacts import SiteArtifacts
from crawler.audit import crawl_limits, response_budget
from crawler.download import Downloader
from crawler.fetch import SiteCrawler
from crawler.net import make_client
from crawler.politeness import LocalOriginLimiter
from crawler.traps import TrapGuard
from crawler.warc import WarcFile
from store.settings import Settings


async def crawl(settings: Settings, url: str) -> tuple[SiteArtifacts, WarcFile, Downloader]:
    """Crawl ``url`` (HTTP only, no browser) into a fresh WARC file under ``<data_dir>/warc``."""
    async with make_client(settings.user_agent, settings.resolve, settings.allow_private,
                           settings.page_timeout, settings.connect_timeout) as client:
        with WarcFile(settings.data_dir / "warc", urlsplit(url).hostname) as warc:
            downloader = Downloader(client, LocalOriginLimiter(settings.global_concurrency),
                                    response_budget(settings), warc)
            crawler = SiteCrawler(downloader, url, (), crawl_limits(settings),
                                  TrapGuard(max_length=settings.max_url_length))
            site = await crawler.crawl()
    return site, warc, downloader
