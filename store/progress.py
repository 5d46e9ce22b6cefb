"""Progress of an audit run, read from its site-audit rows (the API's run status and ``eindex progress``)."""

from __future__ import annotations

from sqlmodel import Session, select

from store.models import AuditRun, SiteAudit


def run_progress(session: Session, run_id: int) -> dict | None:
    """``{"run_id", "status", "assessment_year", "trigger", "scheduled_for", "started_at", "finished_at",
    "sites": {"total", "done", "failed", "left", "running"}, "pages": {"fetched", "rendered"}}`` or None
    for an unknown run. ``done``: site audits with status ok or partial; ``failed``: status failed
    (homepage unreachable, or the audit gave up after its attempts); ``left``: still pending, of which
    ``running`` have been started by a worker. Pages count finished site audits only."""
    run = session.get(AuditRun, run_id)
    if run is None:
        return None
    rows = session.exec(select(SiteAudit.status, SiteAudit.attempts, SiteAudit.pages_fetched,
                               SiteAudit.pages_rendered).where(SiteAudit.run_id == run_id)).all()
    sites = {"total": len(rows), "done": 0, "failed": 0, "left": 0, "running": 0}
    pages = {"fetched": 0, "rendered": 0}
    for status, attempts, fetched, rendered in rows:
        if status == "pending":
            sites["left"] += 1
            sites["running"] += attempts > 0
            continue
        sites["failed" if status == "failed" else "done"] += 1
        pages["fetched"] += fetched
        pages["rendered"] += rendered
    return {"run_id": run.id, "status": run.status, "assessment_year": run.assessment_year,
            "trigger": run.trigger, "scheduled_for": run.scheduled_for, "started_at": run.started_at,
            "finished_at": run.finished_at, "sites": sites, "pages": pages}
