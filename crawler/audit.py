"""One site audit: crawl → choose pages → render and gather → checks. No storage here (see run.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from checks.artifacts import Page, PageError, SiteArtifacts
from checks.detection import Detection
from checks.mobile import headline
from checks.opendata import dataset_documents
from checks.options import CheckOptions
from checks.registry import run_all
from checks.wcag import wcag_group
from crawler.ckan import portal_records
from crawler.fetch import SiteCrawler
from crawler.render import Renderer
from store.settings import Settings


@dataclass
class SiteResult:
    """The outcome of one site audit, in the shape of ``audit.schema.json``'s site entries."""

    url: str
    status: str
    artifacts: SiteArtifacts
    detections: list[Detection] = field(default_factory=list)
    conformance_pct: float | None = None
    wcag_group: int | None = None
    mobile_friendly: bool | None = None
    mobile_problems: list[dict] = field(default_factory=list)

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


def pages_to_render(site: SiteArtifacts, limit: int) -> list[Page]:
    """The homepage, then HTML pages in breadth-first crawl order, at most ``limit`` pages."""
    html_pages = [p for p in site.pages if p.html is not None and p.error is None]
    html_pages.sort(key=lambda p: (p.url != site.homepage_url, p.depth))
    return html_pages[:limit]


def site_status(site: SiteArtifacts) -> str:
    """``failed`` when the homepage could not be fetched, ``partial`` when a page failed or a budget
    cut the crawl, else ``ok`` (audit.schema.json)."""
    if site.homepage is None:
        return "failed"
    return "partial" if site.errors or site.budget_exhausted else "ok"


async def audit_site(declared_url: str, exclude: list[str], client: httpx.AsyncClient, renderer: Renderer,
                     settings: Settings, social: tuple[str, ...] | list[str] = ()) -> SiteResult:
    """Audit one declared site. ``social``: the institution's declared social accounts (the subjects of
    K11M_*). Raises ValueError for a URL that is not an http(s) site."""
    crawler = SiteCrawler(client, declared_url, exclude, max_pages=settings.max_pages,
                          max_depth=settings.max_depth, max_bytes=settings.max_bytes)
    site = await crawler.crawl()
    for page in pages_to_render(site, settings.max_rendered):
        await renderer.render(page)
        if page.error:
            site.errors.append(page.error)
    site.portal = await portal_records(client, settings.ckan_url, dataset_documents(site))
    options = CheckOptions(news_max_age_days=settings.news_max_age_days, declared_social=tuple(social))
    detections, conf = run_all(site, options)
    status = site_status(site)
    mobile_friendly, mobile_problems = headline(detections)
    return SiteResult(url=declared_url, status=status, artifacts=site, detections=detections,
                      conformance_pct=conf.pct if status != "failed" else None,
                      wcag_group=wcag_group(conf.pct) if status != "failed" else None,
                      mobile_friendly=mobile_friendly, mobile_problems=mobile_problems)
