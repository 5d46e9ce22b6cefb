"""One site audit: crawl → choose pages → render and gather → social feeds → checks. No storage here
(see run.py). Every HTTP exchange of the audit goes into one new WARC file."""

from __future__ import annotations

import asyncio
import time
import traceback
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from checks.artifacts import Page, PageError, SiteArtifacts
from checks.detection import Detection
from checks.mobile import headline
from checks.opendata import dataset_documents
from checks.options import CheckOptions
from checks.registry import run_all
from checks.wcag import wcag_group
from crawler.ckan import portal_records
from crawler.download import Budget, Downloader
from crawler.fetch import CrawlLimits, SiteCrawler
from crawler.politeness import LocalOriginLimiter, OriginLimiter
from crawler.render import Renderer
from crawler.selection import pages_to_render
from crawler.social import FeedReader
from crawler.traps import TrapGuard
from crawler.warc import WarcFile
from store.settings import Settings

CRAWL_SHARE = 0.5  # of the site time budget; rendering and feeds get the rest


@dataclass(frozen=True)
class SiteJob:
    """A site to audit: the URL as declared, exclude globs on the URL path, and the institution's
    declared social-account URLs (read for K11M_A; pass them with the institution's main site)."""

    url: str
    exclude: tuple[str, ...] = ()
    social: tuple[str, ...] = ()


@dataclass
class SiteResult:
    """The outcome of one site audit, in the shape of ``audit.schema.json``'s site entries.
    ``warc_file`` is the audit's WARC file, relative to ``<data_dir>/warc``."""

    url: str
    status: str
    artifacts: SiteArtifacts
    detections: list[Detection] = field(default_factory=list)
    conformance_pct: float | None = None
    wcag_group: int | None = None
    mobile_friendly: bool | None = None
    mobile_problems: list[dict] = field(default_factory=list)
    warc_file: str | None = None
    requests: int = 0
    seconds: float = 0.0

    @property
    def errors(self) -> list[PageError]:
        return self.artifacts.errors

    def to_dict(self) -> dict:
        """JSON-ready dict per ``audit.schema.json``."""
        return {
            "url": self.url, "status": self.status,
            "pages_fetched": sum(1 for p in self.artifacts.pages if p.status is not None),
            "pages_rendered": len(self.artifacts.rendered_pages),
            "conformance_pct": self.conformance_pct, "wcag_group": self.wcag_group,
            "mobile_friendly": self.mobile_friendly, "mobile_problems": self.mobile_problems,
            "errors": [{"url": e.url, "kind": e.kind, "message": e.message} for e in self.errors],
            "detections": [d.to_dict() for d in self.detections],
        }


def site_status(site: SiteArtifacts) -> str:
    """``failed`` when the homepage could not be fetched, ``partial`` when a page failed or a budget
    cut the crawl, else ``ok`` (audit.schema.json)."""
    if site.homepage is None:
        return "failed"
    return "partial" if site.errors or site.budget_exhausted else "ok"


def crawl_limits(settings: Settings) -> CrawlLimits:
    """The crawl budgets of one site from the settings."""
    return CrawlLimits(max_pages=settings.max_pages, max_depth=settings.max_depth,
                       seconds=settings.site_timeout * CRAWL_SHARE, max_sitemap_urls=settings.max_sitemap_urls,
                       workers=settings.origin_concurrency, politeness_delay=settings.politeness_delay,
                       max_crawl_delay=settings.max_crawl_delay, document_heads=settings.max_document_heads,
                       document_reads=settings.max_document_reads)


def response_budget(settings: Settings) -> Budget:
    """The per-response limits and politeness from the settings."""
    return Budget(max_bytes=settings.max_bytes, response_timeout=settings.response_timeout,
                  max_redirects=settings.max_redirects, max_retries=settings.max_retries,
                  backoff=settings.retry_backoff, max_retry_after=settings.max_retry_after,
                  concurrency=settings.origin_concurrency, delay=settings.politeness_delay)


async def render_pages(renderer: Renderer, site: SiteArtifacts, pages: list[Page], seconds: float) -> None:
    """Render ``pages`` (in parallel up to the renderer's pool) within ``seconds``; pages left when
    time runs out stay unrendered and one ``timeout`` error says so."""
    tasks = [asyncio.ensure_future(renderer.render(p)) for p in pages]
    done, pending = await asyncio.wait(tasks, timeout=max(seconds, 0)) if tasks else (set(), set())
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for page in pages:
        if page.render_error:
            site.errors.append(page.render_error)
    if pending:
        site.budget_exhausted = True
        site.errors.append(PageError(site.declared_url, "timeout",
                                     f"site time budget spent; {len(pending)} pages left unrendered"))


async def audit_site(declared_url: str, exclude: list[str] | tuple[str, ...], client: httpx.AsyncClient,
                     renderer: Renderer, settings: Settings, limiter: OriginLimiter | None = None,
                     social: list[str] | tuple[str, ...] = ()) -> SiteResult:
    """Audit one declared site; ``social`` are the institution's declared social-account URLs (their
    feeds land in ``SiteArtifacts.feeds``). Raises ValueError for a URL that is not an http(s) site.
    ``limiter`` is shared by all site audits of a worker (a fresh in-process one when None)."""
    started = time.monotonic()
    limiter = limiter or LocalOriginLimiter(settings.global_concurrency)
    warc_root = settings.data_dir / "warc"
    with WarcFile(warc_root, urlsplit(declared_url).hostname or "site") as warc:
        downloader = Downloader(client, limiter, response_budget(settings), warc)
        crawler = SiteCrawler(downloader, declared_url, exclude, crawl_limits(settings),
                              TrapGuard(max_length=settings.max_url_length))
        site = await crawler.crawl()
        remaining = settings.site_timeout - (time.monotonic() - started)
        chosen = pages_to_render(site, settings.max_rendered, settings.sample_seed)
        await render_pages(renderer, site, chosen, remaining)
        reader = FeedReader(downloader, crawler.robots)
        for url in social:
            site.feeds.append(await reader.read(url))
        site.portal = await portal_records(downloader, settings.ckan_url, dataset_documents(site))
    options = CheckOptions(news_max_age_days=settings.news_max_age_days, declared_social=tuple(social),
                           timezone=settings.schedule_timezone)
    detections, conf = await asyncio.to_thread(run_all, site, options)  # CPU-bound: off the event loop
    status = site_status(site)
    mobile_friendly, mobile_problems = headline(detections)
    return SiteResult(url=declared_url, status=status, artifacts=site, detections=detections,
                      conformance_pct=conf.pct if status != "failed" else None,
                      wcag_group=wcag_group(conf.pct) if status != "failed" and conf.tested else None,
                      mobile_friendly=mobile_friendly, mobile_problems=mobile_problems,
                      warc_file=warc.name, requests=downloader.requests,
                      seconds=time.monotonic() - started)


def failed_result(job: SiteJob, exc: BaseException) -> SiteResult:
    """The result of a site audit that broke on an unexpected error: ``failed``, with kind ``internal``
    and the exception's last frame, so the run goes on and the bug is visible."""
    site = SiteArtifacts(declared_url=job.url, homepage_url=job.url)
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" at {where.filename}:{where.lineno}" if where else ""
    site.errors.append(PageError(job.url, "internal", f"{type(exc).__name__}: {exc}{at}"[:500]))
    return SiteResult(url=job.url, status="failed", artifacts=site)
