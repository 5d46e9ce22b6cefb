"""Starting audit runs from the API. For now a run executes in a background thread of the service;
:func:`dispatch_run` is the one place to swap for a queue (issue 8: a procrastinate job when PostgreSQL
is configured)."""

from __future__ import annotations

import asyncio
import logging
import threading

from sqlmodel import Session, select

from crawler.run import execute_run, run_tags, start_run
from crawler.score_year import score_year
from store.db import session_scope
from store.models import AuditRun, Institution, Site, SiteAudit, utcnow
from store.overrides import mark_stale
from store.settings import get_settings

log = logging.getLogger("eindex.api.runs")


def sites_of(session: Session, institution_ids: list[str] | None) -> list[Site]:
    """The declared sites (position < 1000) of the active institutions, or of the given ones, main
    site first. Raises LookupError naming an unknown institution id."""
    query = select(Site).join(Institution).where(Site.position < 1000)
    if institution_ids is None:
        query = query.where(Institution.active)
    else:
        known = set(session.exec(select(Institution.id).where(Institution.id.in_(institution_ids))))
        missing = sorted(set(institution_ids) - known)
        if missing:
            raise LookupError(f"unknown institution(s): {', '.join(missing)}")
        query = query.where(Site.institution_id.in_(institution_ids))
    return list(session.exec(query.order_by(Site.institution_id, Site.position)))


def create_run(session: Session, year: int, sites: list[Site]) -> AuditRun:
    """The run row and its pending site audits, with the year's axe tags (:func:`crawler.run.run_tags`:
    the methodology's, else the setting; committed by the caller)."""
    settings = get_settings()
    return start_run(session, year, sites, settings, run_tags(year, settings))


def run_in_process(run_id: int) -> None:
    """Execute a started run here and now, then rescore its year; a crash marks the run ``failed``."""
    settings = get_settings()
    with session_scope(settings.db_url) as session:
        run = session.get(AuditRun, run_id)
        year, tags = run.assessment_year, run.settings.get("tags") or settings.axe_tags
        site_ids = [sa.site_id for sa in session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id))]
        sites = list(session.exec(select(Site).where(Site.id.in_(site_ids)).order_by(Site.id)))
        session.expunge_all()
    try:
        asyncio.run(execute_run(run_id, sites, settings, tags))
        with session_scope(settings.db_url) as session:
            mark_stale(session, year, sorted({s.institution_id for s in sites}))
            score_year(session, year)
    except Exception:
        log.exception("audit run %s failed", run_id)
        with session_scope(settings.db_url) as session:
            run = session.get(AuditRun, run_id)
            run.status, run.finished_at = "failed", utcnow()
            session.add(run)


def dispatch_run(run_id: int) -> None:
    """Hand a started run to whatever executes runs: the queue's workers when PostgreSQL is configured
    (``crawler.queue.enqueue_started_run``: one crawl job per site audit), else a daemon thread of this
    process."""
    settings = get_settings()
    if settings.uses_postgres:
        from crawler.queue import enqueue_started_run

        enqueue_started_run(settings, run_id)
        return
    threading.Thread(target=run_in_process, args=(run_id,), name=f"audit-run-{run_id}", daemon=True).start()


def progress(session: Session, run_id: int) -> dict:
    """Sites total / done / failed / left and pages fetched of a run."""
    rows = session.exec(select(SiteAudit.status, SiteAudit.pages_fetched).where(SiteAudit.run_id == run_id)).all()
    done = sum(1 for status, _ in rows if status in ("ok", "partial"))
    failed = sum(1 for status, _ in rows if status == "failed")
    return {"sites": len(rows), "done": done, "failed": failed, "left": len(rows) - done - failed,
            "pages_fetched": sum(n for _, n in rows)}
