"""Detections: filter by run, institution, item, status and confidence; ``needs_review`` first, then
the least confident (the review queue's order)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from sqlalchemy import case, exists
from sqlmodel import Session, func, select

from api.deps import DbIdQuery, PagingDep, Reader, SessionDep, YearQuery, page
from api.problems import ERROR_RESPONSES
from checks.detection import STATUSES
from store.models import AuditRun, DetectionRecord, Override, Site, SiteAudit

router = APIRouter(tags=["detections"], responses=ERROR_RESPONSES)


def query(run_id: int | None = None, institution_id: str | None = None, question_id: str | None = None,
          status: str | None = None, min_confidence: float | None = None, max_confidence: float | None = None,
          reviewed: bool | None = None, year: int | None = None, latest: bool = False):
    """The select of (detection, site audit, site, run) rows matching the filters, in queue order.
    ``reviewed``: whether an override was recorded on the detection; ``latest``: only each site's latest
    finished audit (what scoring reads)."""
    q = (select(DetectionRecord, SiteAudit, Site, AuditRun)
         .join(SiteAudit, DetectionRecord.site_audit_id == SiteAudit.id)
         .join(AuditRun, SiteAudit.run_id == AuditRun.id)
         .join(Site, SiteAudit.site_id == Site.id))
    for column, value in ((SiteAudit.run_id, run_id), (Site.institution_id, institution_id),
                          (DetectionRecord.question_id, question_id), (DetectionRecord.status, status),
                          (AuditRun.assessment_year, year)):
        if value is not None:
            q = q.where(column == value)
    if min_confidence is not None:
        q = q.where(DetectionRecord.confidence >= min_confidence)
    if max_confidence is not None:
        q = q.where(DetectionRecord.confidence <= max_confidence)
    if reviewed is not None:
        has = exists().where(Override.detection_id == DetectionRecord.id)
        q = q.where(has if reviewed else ~has)
    if latest:
        newest = (select(func.max(SiteAudit.id)).where(SiteAudit.status != "pending", SiteAudit.site_id.is_not(None))
                  .group_by(SiteAudit.site_id))
        q = q.where(SiteAudit.id.in_(newest))
    first = case((DetectionRecord.status == "needs_review", 0), (DetectionRecord.status == "error", 1), else_=2)
    return q.order_by(first, DetectionRecord.confidence, DetectionRecord.id)


def public(det: DetectionRecord, audit: SiteAudit, site: Site, run: AuditRun) -> dict:
    """A detection with where it belongs: institution, site, run and year."""
    return {**det.model_dump(), "institution_id": site.institution_id, "site_id": site.id, "site_url": site.url,
            "run_id": run.id, "year": run.assessment_year, "page_url": audit.url}


def count(session: Session, q) -> int:
    """Rows a select would return."""
    return session.exec(select(func.count()).select_from(q.order_by(None).subquery())).one()


@router.get("/detections")
def list_detections(session: SessionDep, _: Reader, paging: PagingDep, run_id: DbIdQuery = None,
                    institution_id: str | None = None, question_id: str | None = None,
                    status: Literal[STATUSES] | None = None,
                    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
                    max_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
                    reviewed: bool | None = None, year: YearQuery = None, latest: bool = False) -> dict:
    """Detections, ``needs_review`` first, then errors, then by rising confidence; ``latest``: only
    each site's latest finished audit."""
    q = query(run_id, institution_id, question_id, status, min_confidence, max_confidence, reviewed, year, latest)
    rows = session.exec(q.offset(paging.offset).limit(paging.limit)).all()
    return page([public(*r) for r in rows], count(session, q), paging)
