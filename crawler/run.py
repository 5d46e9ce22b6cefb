"""Audit-run orchestration: one run over many sites (crawl → checks → store), stamped with its
assessment year. One browser, one HTTP client and one origin limiter per worker; up to
``sites_in_parallel`` site audits at once; a failing site never stops the run."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from sqlmodel import Session, select

from crawler.audit import SiteJob, SiteResult, audit_site, failed_result
from crawler.net import make_client
from crawler.politeness import LocalOriginLimiter, OriginLimiter
from crawler.render import Renderer
from scoring.methodology import MethodologyError, for_year
from store.db import session_scope
from store.models import AuditRun, Site, SiteAudit, SocialAccount, utcnow
from store.repo import save_site_result
from store.settings import Settings


def make_renderer(settings: Settings, tags: list[str]) -> Renderer:
    """The worker's :class:`Renderer` from the settings."""
    return Renderer(settings.chromium_path, tags, settings.page_timeout, settings.resolve,
                    user_agent=settings.user_agent, allowed=settings.allow_private,
                    pool_size=settings.render_pool, network_idle_cap=settings.network_idle_cap,
                    proxied=settings.chromium_proxy)


def _job(site: SiteJob | tuple, social: dict[str, list[str]]) -> SiteJob:
    if isinstance(site, SiteJob):
        return site
    url, exclude, *accounts = site
    return SiteJob(url, tuple(exclude), tuple(accounts[0] if accounts else social.get(url, ())))


async def run_sites(sites: Sequence[SiteJob | tuple], settings: Settings, tags: list[str] | None = None,
                    on_site: Callable[[SiteResult], None] | None = None,
                    social: dict[str, list[str]] | None = None,
                    limiter: OriginLimiter | None = None) -> tuple[str, list[SiteResult]]:
    """Audit sites (:class:`SiteJob` or ``(declared_url, exclude[, social])`` tuples) with one browser;
    returns (axe version, results in input order). ``on_site`` is called as each site finishes.
    ``social`` maps a declared URL to its institution's declared social accounts (for tuples without
    them). ``limiter`` lets a queue worker share politeness with other workers (default: in-process)."""
    tags = tags or settings.axe_tags
    jobs = [_job(s, social or {}) for s in sites]
    limiter = limiter or LocalOriginLimiter(settings.global_concurrency)
    parallel = asyncio.Semaphore(max(1, settings.sites_in_parallel))
    results: list[SiteResult | None] = [None] * len(jobs)
    async with make_client(settings.user_agent, settings.resolve, settings.allow_private,
                           settings.page_timeout, settings.connect_timeout) as client:
        async with make_renderer(settings, tags) as renderer:
            version = await renderer.axe_version()

            async def one(i: int, job: SiteJob) -> None:
                async with parallel:
                    try:
                        result = await audit_site(job.url, job.exclude, client, renderer, settings,
                                                  limiter, job.social)
                    except Exception as exc:  # noqa: BLE001 - a broken site audit must not stop the run
                        result = failed_result(job, exc)
                    results[i] = result
                    if on_site:
                        on_site(result)

            await asyncio.gather(*(one(i, job) for i, job in enumerate(jobs)))
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
                                                   "max_rendered": settings.max_rendered,
                                                   "sample_seed": settings.sample_seed,
                                                   "user_agent": settings.user_agent})
    session.add(run)
    session.flush()
    for site in sites:
        session.add(SiteAudit(run_id=run.id, site_id=site.id, url=site.url, started_at=utcnow()))
    return run


def site_jobs(session: Session, sites: list[Site]) -> list[SiteJob]:
    """Jobs for ``sites``; an institution's main site (position 0) carries its social accounts."""
    jobs = []
    for site in sites:
        social = ()
        if site.position == 0:
            social = tuple(a.url for a in session.exec(
                select(SocialAccount).where(SocialAccount.institution_id == site.institution_id)))
        jobs.append(SiteJob(site.url, tuple(site.exclude), social))
    return jobs


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
    and mark the run done. An institution's main site carries its social accounts (K11M_A feeds)."""
    with session_scope(settings.db_url) as session:
        jobs = site_jobs(session, sites)

    def store(result: SiteResult) -> None:
        with session_scope(settings.db_url) as session:
            row = session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id,
                                                       SiteAudit.url == result.url)).one()
            save_site_result(session, row, result)
        if on_site:
            on_site(result)

    version, _ = await run_sites(jobs, settings, tags, store)
    with session_scope(settings.db_url) as session:
        run = session.get(AuditRun, run_id)
        run.axe_version, run.status, run.finished_at = version, "done", utcnow()
        session.add(run)
