"""Audit-run orchestration: one run over many sites (crawl → checks → store), stamped with its
assessment year. Sites run one after another per worker; a failing site never stops the run."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session, select

from crawler.audit import SiteResult, audit_site
from crawler.net import make_client
from crawler.render import Renderer
from scoring.methodology import MethodologyError, for_year
from store.db import session_scope
from store.models import AuditRun, Site, SiteAudit, utcnow
from store.repo import save_site_result
from store.settings import Settings


async def run_sites(sites: list[tuple[str, list[str]]], settings: Settings, tags: list[str] | None = None,
                    on_site: Callable[[SiteResult], None] | None = None,
                    social: dict[str, list[str]] | None = None) -> tuple[str, list[SiteResult]]:
    """Audit ``(declared_url, exclude)`` pairs with one browser; returns (axe version, results in order).
    ``social`` maps a declared URL to its institution's declared social accounts."""
    tags = tags or settings.axe_tags
    results = []
    async with make_client(settings.user_agent, settings.resolve, settings.allow_private,
                           settings.page_timeout) as client:
        async with Renderer(settings.chromium_path, tags, settings.page_timeout, settings.resolve) as renderer:
            version = await renderer.axe_version()
            for url, exclude in sites:
                result = await audit_site(url, exclude, client, renderer, settings,
                                          social=(social or {}).get(url, ()))
                results.append(result)
                if on_site:
                    on_site(result)
    return version, results


def run_tags(year: int, settings: Settings) -> list[str]:
    """axe tags for an audit run of ``year``: those the year's own methodology pins (2019: ``wcag2a``,
    ``wcag2aa`` — the seed measured WCAG 2.0 AA), else the ``axe_tags`` setting (default WCAG 2.1 A/AA,
    EN 301 549; DESIGN.md, "Conformance")."""
    try:
        method = for_year(year)
    except MethodologyError:
        return list(settings.axe_tags)
    return list(method.axe_tags) if method.id == str(year) and method.axe_tags else list(settings.axe_tags)


def start_run(session: Session, year: int, sites: list[Site], settings: Settings,
              tags: list[str]) -> AuditRun:
    """Create the run row and one pending site-audit row per site."""
    run = AuditRun(assessment_year=year, settings={"tags": tags, "max_pages": settings.max_pages,
                                                   "max_depth": settings.max_depth,
                                                   "max_rendered": settings.max_rendered})
    session.add(run)
    session.flush()
    for site in sites:
        session.add(SiteAudit(run_id=run.id, site_id=site.id, url=site.url, started_at=utcnow()))
    return run


async def audit_run(year: int, sites: list[Site], settings: Settings, tags: list[str] | None = None,
                    on_site: Callable[[SiteResult], None] | None = None) -> int:
    """Run an audit over ``sites`` and store every site result in its own transaction; returns the run id.
    ``tags`` default to :func:`run_tags` of ``year``."""
    tags = tags or run_tags(year, settings)
    with session_scope(settings.db_url) as session:
        run_id = start_run(session, year, sites, settings, tags).id
    await execute_run(run_id, sites, settings, tags, on_site)
    return run_id


async def execute_run(run_id: int, sites: list[Site], settings: Settings, tags: list[str],
                      on_site: Callable[[SiteResult], None] | None = None) -> None:
    """Audit the sites of a started run (:func:`start_run`), storing each site result as it lands,
    and mark the run done."""

    def store(result: SiteResult) -> None:
        with session_scope(settings.db_url) as session:
            row = session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id,
                                                       SiteAudit.url == result.url)).one()
            save_site_result(session, row, result)
        if on_site:
            on_site(result)

    version, _ = await run_sites([(s.url, list(s.exclude)) for s in sites], settings, tags, store)
    with session_scope(settings.db_url) as session:
        run = session.get(AuditRun, run_id)
        run.axe_version, run.status, run.finished_at = version, "done", utcnow()
        session.add(run)
