"""Audit-run orchestration: one run over many sites (crawl → checks → store), stamped with its
assessment year. One HTTP client, one origin limiter and one browser per axe tag set per worker
(:class:`Workbench`), shared by every site audit of an in-process run or of a queue worker; up to
``sites_in_parallel`` site audits at once; a failing site, or a failure to store its result, never
stops the run."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Sequence
from contextlib import AsyncExitStack

import httpx
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

log = logging.getLogger(__name__)
NOT_STORED = "the site's result could not be stored (see the run's log)"
RUN_STOPPED = "the run stopped before the site's result was stored"


def make_renderer(settings: Settings, tags: list[str]) -> Renderer:
    """The worker's :class:`Renderer` from the settings."""
    return Renderer(settings.chromium_path, tags, settings.page_timeout, settings.resolve,
                    user_agent=settings.user_agent, allowed=settings.allow_private,
                    pool_size=settings.render_pool, network_idle_cap=settings.network_idle_cap,
                    proxied=settings.chromium_proxy)


class Workbench:
    """The tools every site audit of one worker shares: one HTTP client, one origin limiter (``limiter``;
    default a fresh in-process one) and one browser with its guarding proxy per axe tag set (runs of
    different years may pin different tags; a browser starts on first use and stays up). Use as
    ``async with Workbench(settings) as bench``; leaving it closes them all."""

    def __init__(self, settings: Settings, limiter: OriginLimiter | None = None) -> None:
        self.settings = settings
        self.limiter = limiter or LocalOriginLimiter(settings.global_concurrency)
        self.client: httpx.AsyncClient | None = None
        self.launches = 0                       # browsers started (one per tag set when all goes well)
        self.audits = 0                         # site audits begun
        self._stack = AsyncExitStack()
        self._renderers: dict[tuple[str, ...], tuple[Renderer, str]] = {}
        self._launching = asyncio.Lock()

    async def __aenter__(self) -> Workbench:
        s = self.settings
        self.client = await self._stack.enter_async_context(
            make_client(s.user_agent, s.resolve, s.allow_private, s.page_timeout, s.connect_timeout))
        return self

    async def __aexit__(self, *exc) -> None:
        await self._stack.aclose()

    async def renderer(self, tags: Sequence[str]) -> tuple[Renderer, str]:
        """The browser for ``tags`` and the version of its axe-core, started on first use. Raises
        PlaywrightError when Chromium cannot start (nothing is kept then; the next call tries again)."""
        key = tuple(tags)
        async with self._launching:
            if key not in self._renderers:
                renderer = await make_renderer(self.settings, list(key)).__aenter__()
                try:
                    version = await renderer.axe_version()
                except BaseException:
                    await renderer.__aexit__(None, None, None)
                    raise
                self._stack.push_async_exit(renderer)
                self._renderers[key] = (renderer, version)
                self.launches += 1
        return self._renderers[key]

    async def audit(self, job: SiteJob, tags: Sequence[str]) -> tuple[str, SiteResult]:
        """Audit one site (:func:`crawler.audit.audit_site`) with the shared tools; returns (axe version,
        result). Raises whatever the audit raises (ValueError for a URL that is not an http(s) site)."""
        self.audits += 1
        renderer, version = await self.renderer(tags)
        result = await audit_site(job.url, job.exclude, self.client, renderer, self.settings, self.limiter,
                                  job.social)
        return version, result


def _job(site: SiteJob | tuple, social: dict[str, list[str]]) -> SiteJob:
    """``site`` as a :class:`SiteJob` (see :func:`run_sites`)."""
    if isinstance(site, SiteJob):
        return site
    url, exclude, *accounts = site
    return SiteJob(url, tuple(exclude), tuple(accounts[0] if accounts else social.get(url, ())))


def _report(on_site: Callable[[int, SiteResult], None], i: int, result: SiteResult) -> None:
    try:
        on_site(i, result)
    except Exception:  # noqa: BLE001 - one site's failing handler must not stop the others
        log.exception("site %s: handling its result failed", result.url)


async def _audit_sites(jobs: Sequence[SiteJob], settings: Settings, tags: list[str],
                       on_site: Callable[[int, SiteResult], None]) -> str:
    """Audit ``jobs`` on one :class:`Workbench`, up to ``sites_in_parallel`` at once; returns the axe
    version. ``on_site(index in jobs, result)`` gets each result as it lands, in a worker thread and one
    call at a time, so it may block (e.g. on the database) while the other audits go on; its exceptions
    are logged. No result is kept here: once ``on_site`` returns, it is the caller's to keep or drop.
    Raises PlaywrightError when Chromium cannot start."""
    parallel = asyncio.Semaphore(max(1, settings.sites_in_parallel))
    reporting = asyncio.Lock()
    async with Workbench(settings) as bench:
        _, version = await bench.renderer(tags)

        async def one(i: int, job: SiteJob) -> None:
            async with parallel:
                try:
                    _, result = await bench.audit(job, tags)
                except Exception as exc:  # noqa: BLE001 - a broken site audit must not stop the run
                    result = failed_result(job, exc)
                async with reporting:
                    await asyncio.to_thread(_report, on_site, i, result)

        await asyncio.gather(*(one(i, job) for i, job in enumerate(jobs)))
    return version


async def run_sites(sites: Sequence[SiteJob | tuple], settings: Settings, tags: list[str] | None = None,
                    on_site: Callable[[int, SiteResult], None] | None = None,
                    social: dict[str, list[str]] | None = None) -> tuple[str, list[SiteResult]]:
    """Audit sites (:class:`SiteJob` or ``(declared_url, exclude[, social])`` tuples) on one
    :class:`Workbench`; returns (axe version, results in input order), every result kept until the end.
    A site audit that raises gives a ``failed`` result (``crawler.audit.failed_result``).
    ``on_site(index in sites, result)`` is called as each site finishes, in a worker thread, one call at
    a time; its exceptions are logged, and the other sites go on. ``social`` maps a declared URL to its
    institution's declared social accounts (for tuples without them). Raises PlaywrightError when
    Chromium cannot start."""
    jobs = [_job(s, social or {}) for s in sites]
    results: list[SiteResult | None] = [None] * len(jobs)

    def keep(i: int, result: SiteResult) -> None:
        results[i] = result
        if on_site:
            on_site(i, result)

    version = await _audit_sites(jobs, settings, tags or settings.axe_tags, keep)
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
    """Jobs for ``sites``; every site of an institution carries the institution's declared social
    accounts (K11M_* stay per declared account, whichever of its sites links them; DESIGN.md)."""
    social: dict[str, tuple[str, ...]] = {}
    for inst_id in {site.institution_id for site in sites}:
        query = select(SocialAccount.url).where(SocialAccount.institution_id == inst_id).order_by(SocialAccount.id)
        social[inst_id] = tuple(session.exec(query))
    return [SiteJob(site.url, tuple(site.exclude), social[site.institution_id]) for site in sites]


async def audit_run(year: int, sites: list[Site], settings: Settings, tags: list[str] | None = None,
                    on_site: Callable[[SiteResult], None] | None = None) -> int:
    """Run an audit over ``sites`` and store every site result in its own transaction; returns the run id.
    ``tags`` default to :func:`run_tags` of ``year``; ``on_site`` as in :func:`execute_run`. Raises what
    :func:`execute_run` raises (the run is then ``failed``)."""
    tags = tags or run_tags(year, settings)
    with session_scope(settings.db_url) as session:
        run_id = start_run(session, year, sites, settings, tags).id
    await execute_run(run_id, sites, settings, tags, on_site)
    return run_id


def store_site(session: Session, run_id: int, site_id: int, result: SiteResult) -> None:
    """Store ``result`` on the run's site audit of site ``site_id`` (one per site and run; two sites may
    declare the same URL). Raises NoResultFound when the run has no site audit of that site."""
    row = session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id, SiteAudit.site_id == site_id)).one()
    save_site_result(session, row, result)


def close_run(session: Session, run_id: int, axe_version: str | None, stopped: BaseException | None = None) -> int:
    """Mark an in-process run ``done``, or ``failed`` when ``stopped`` (the exception that ended it early)
    is given. A site audit still pending becomes ``failed`` with an ``internal`` error: its result could
    not be stored (:data:`NOT_STORED`), or the run stopped first (:data:`RUN_STOPPED` and the exception's
    first line). Returns how many were left pending."""
    message = NOT_STORED
    if stopped is not None:
        first = (str(stopped).strip().splitlines() or [""])[0]
        message = f"{RUN_STOPPED} ({type(stopped).__name__}{': ' + first if first else ''})"[:1000]
    left = session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id, SiteAudit.status == "pending")).all()
    for audit in left:
        audit.status, audit.finished_at = "failed", utcnow()
        audit.errors = [{"url": audit.url, "kind": "internal", "message": message}]
        session.add(audit)
    run = session.get(AuditRun, run_id)
    run.axe_version, run.finished_at = axe_version, utcnow()
    run.status = "done" if stopped is None else "failed"
    session.add(run)
    return len(left)


async def execute_run(run_id: int, sites: list[Site], settings: Settings, tags: list[str],
                      on_site: Callable[[SiteResult], None] | None = None) -> None:
    """Audit the sites of a started run (:func:`start_run`), storing each site result as it lands (each
    in its own transaction, in a worker thread; a failure to store one is logged and leaves that site
    ``failed``; no result is kept once stored), and mark the run done. ``on_site(result)`` is called in
    that thread after the site's result is stored. Every site carries its institution's social accounts
    (K11M_A feeds). Raises PlaywrightError when Chromium cannot start, and passes on a cancellation; the
    run is then ``failed`` and its pending site audits too (:func:`close_run`)."""
    with session_scope(settings.db_url) as session:
        jobs = site_jobs(session, sites)
    storing = threading.Lock()          # a run that stops waits for the store in flight, then closes

    def store(i: int, result: SiteResult) -> None:
        try:
            with storing, session_scope(settings.db_url) as session:
                store_site(session, run_id, sites[i].id, result)
        except Exception:  # noqa: BLE001 - the site stays pending; close_run marks it failed
            log.exception("site %s: its result could not be stored", result.url)
            return
        if on_site:
            on_site(result)

    try:
        version = await _audit_sites(jobs, settings, tags or settings.axe_tags, store)
    except BaseException as exc:
        with storing, session_scope(settings.db_url) as session:
            close_run(session, run_id, None, exc)
        raise
    with session_scope(settings.db_url) as session:
        if left := close_run(session, run_id, version):
            log.warning("run %s: %d site results could not be stored", run_id, left)
