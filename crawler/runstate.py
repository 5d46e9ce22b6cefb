"""The store side of queued audit runs: create a run with its site audits, claim an attempt of a site
audit, store an attempt (the latest attempt wins), give up, notice a run whose site audits are all
finished, and finish its scoring. Each function works inside the caller's session, so the caller's
transaction decides what lands together; rows are locked ``FOR UPDATE`` (PostgreSQL) so that workers
racing on one run or one site audit serialise instead of duplicating."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, text
from sqlmodel import Session, select

from crawler.audit import SiteResult
from crawler.run import site_jobs, start_run
from crawler.score_year import score_year
from store.models import AuditRun, Institution, Site, SiteAudit, utcnow
from store.repo import save_site_result
from store.settings import Settings

RUN_START_LOCK = 0x65696E64  # pg_advisory_xact_lock key ("eind") serialising run starts
ACTIVE_RUN = ("running", "scoring")


@dataclass(frozen=True)
class Claim:
    """One attempt of a site audit, as a worker starts it (``attempt`` counts from 1); ``social`` holds
    the declared social accounts of the site's institution, for each of its sites (K11M_* feeds)."""

    site_audit_id: int
    run_id: int
    url: str
    exclude: list[str]
    tags: list[str]
    attempt: int
    social: tuple[str, ...] = ()


def lock_run_starts(session: Session) -> None:
    """Serialise run starts for the rest of the transaction (PostgreSQL advisory transaction lock;
    SQLite serialises writers by itself)."""
    if session.get_bind().dialect.name == "postgresql":
        session.exec(text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=RUN_START_LOCK))


def active_sites(session: Session, site_ids: list[int] | None = None) -> list[Site]:
    """Declared sites (position < 1000) of active institutions, main site first; only ``site_ids`` when
    given."""
    query = (select(Site).join(Institution).where(Institution.active, Site.position < 1000)
             .order_by(Site.institution_id, Site.position))
    if site_ids is not None:
        query = query.where(Site.id.in_(site_ids))
    return list(session.exec(query).all())


def create_run(session: Session, year: int, sites: list[Site], settings: Settings, tags: list[str],
               trigger: str = "manual", scheduled_for: datetime | None = None) -> tuple[AuditRun, list[int]]:
    """A run with one pending site audit per site (not started yet); returns (run, site-audit ids)."""
    run = start_run(session, year, sites, settings, tags)
    run.trigger, run.scheduled_for = trigger, scheduled_for
    session.add(run)
    session.flush()
    audits = session.exec(select(SiteAudit).where(SiteAudit.run_id == run.id).order_by(SiteAudit.id)).all()
    for audit in audits:
        audit.started_at = None
        session.add(audit)
    return run, [a.id for a in audits]


def unattempted(session: Session, run_id: int) -> list[int]:
    """Ids of the run's pending site audits no worker has started."""
    return list(session.exec(select(SiteAudit.id).where(SiteAudit.run_id == run_id, SiteAudit.status == "pending",
                                                        SiteAudit.attempts == 0).order_by(SiteAudit.id)))


def active_run(session: Session) -> AuditRun | None:
    """A run still auditing or scoring, if any."""
    return session.exec(select(AuditRun).where(AuditRun.status.in_(ACTIVE_RUN))).first()


def run_for_night(session: Session, night: datetime) -> AuditRun | None:
    """The scheduled run of the night ``night`` (its cron time), if one started."""
    return session.exec(select(AuditRun).where(AuditRun.scheduled_for == night)).first()


def _locked_audit(session: Session, site_audit_id: int) -> SiteAudit | None:
    return session.exec(select(SiteAudit).where(SiteAudit.id == site_audit_id).with_for_update()).first()


def claim_attempt(session: Session, site_audit_id: int, worker: str) -> Claim | None:
    """Start a new attempt of a pending site audit (attempts + 1, worker and start time recorded);
    None when the site audit is gone or already finished."""
    audit = _locked_audit(session, site_audit_id)
    if audit is None or audit.status != "pending":
        return None
    audit.attempts += 1
    audit.worker, audit.started_at = worker, utcnow()
    session.add(audit)
    run = session.get(AuditRun, audit.run_id)
    site = session.get(Site, audit.site_id) if audit.site_id is not None else None
    return Claim(site_audit_id=audit.id, run_id=audit.run_id, url=audit.url,
                 exclude=list(site.exclude) if site else [], tags=list(run.settings.get("tags") or []),
                 attempt=audit.attempts, social=site_jobs(session, [site])[0].social if site else ())


def store_attempt(session: Session, claim: Claim, result: SiteResult, axe_version: str | None) -> bool:
    """Store the result of ``claim`` unless a later attempt superseded it (a stalled attempt that was
    retried while still alive) or the site audit already finished; returns whether it was stored."""
    audit = _locked_audit(session, claim.site_audit_id)
    if audit is None or audit.status != "pending" or audit.attempts != claim.attempt:
        return False
    save_site_result(session, audit, result)
    run = session.get(AuditRun, claim.run_id)
    if run.axe_version is None and axe_version:
        run.axe_version = axe_version
        session.add(run)
    return True


def give_up(session: Session, site_audit_id: int, reason: str) -> bool:
    """Mark a pending site audit failed for good (kind ``audit_gave_up``); returns whether it was
    pending."""
    audit = _locked_audit(session, site_audit_id)
    if audit is None or audit.status != "pending":
        return False
    audit.status, audit.finished_at = "failed", utcnow()
    audit.errors = [{"url": audit.url, "kind": "audit_gave_up", "message": reason[:1000]}]
    session.add(audit)
    return True


def complete_if_done(session: Session, run_id: int) -> bool:
    """Move a running run whose site audits are all finished to ``scoring``; True exactly once per run
    (the run row is locked, so two workers finishing the last two sites agree on who moves it)."""
    run = session.exec(select(AuditRun).where(AuditRun.id == run_id).with_for_update()).first()
    if run is None or run.status != "running":
        return False
    left = session.exec(select(func.count()).select_from(SiteAudit)
                        .where(SiteAudit.run_id == run_id, SiteAudit.status == "pending")).one()
    if left:
        return False
    run.status = "scoring"
    session.add(run)
    return True


def finish_scoring(session: Session, run_id: int) -> dict | None:
    """Score the run's assessment year (``crawler.score_year.score_year``) and mark the run done;
    None when the run is unknown or already done (a repeated scoring job changes nothing)."""
    run = session.exec(select(AuditRun).where(AuditRun.id == run_id).with_for_update()).first()
    if run is None or run.status == "done":
        return None
    scores = score_year(session, run.assessment_year)
    run.status, run.finished_at = "done", utcnow()
    session.add(run)
    return scores
