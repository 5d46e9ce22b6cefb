"""The FastAPI app: institutions, scores and audit runs (OpenAPI docs at ``/docs``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query
from sqlmodel import Session, select

from store.db import get_engine
from store.models import AuditRun, DetectionRecord, Institution, Score, Site, SiteAudit, SocialAccount

app = FastAPI(title="eindex", version="0.1.0",
              description="Automated website assessment and e-government index (e-indekss).")


def get_session() -> Iterator[Session]:
    """A read session per request."""
    with Session(get_engine()) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def _not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"{what} not found")


@app.get("/institutions")
def list_institutions(session: SessionDep, sector: str | None = None, is_ministry: bool | None = None,
                      limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0)) -> dict:
    """Institutions with their sites and social accounts; filter by sector and ministry flag."""
    query = select(Institution).order_by(Institution.id)
    if sector is not None:
        query = query.where(Institution.sector == sector)
    if is_ministry is not None:
        query = query.where(Institution.is_ministry == is_ministry)
    rows = session.exec(query.offset(offset).limit(limit)).all()
    items = []
    for inst in rows:
        sites = session.exec(select(Site).where(Site.institution_id == inst.id).order_by(Site.position)).all()
        social = session.exec(select(SocialAccount).where(SocialAccount.institution_id == inst.id)).all()
        items.append({**inst.model_dump(exclude={"counts"}), "sites": [s.model_dump() for s in sites],
                      "social_accounts": [a.model_dump() for a in social]})
    return {"items": items, "limit": limit, "offset": offset}


@app.get("/institutions/{institution_id}/score")
def institution_score(institution_id: str, session: SessionDep, year: int | None = None) -> dict:
    """The institution's stored score (latest year unless ``year`` is given)."""
    if session.get(Institution, institution_id) is None:
        raise _not_found(f"institution {institution_id}")
    query = select(Score).where(Score.institution_id == institution_id)
    if year is not None:
        query = query.where(Score.year == year)
    row = session.exec(query.order_by(Score.year.desc())).first()
    if row is None:
        raise _not_found(f"score of {institution_id}")
    return row.model_dump()


@app.get("/audit-runs/{run_id}")
def audit_run(run_id: int, session: SessionDep) -> dict:
    """An audit run with its site results and their detections."""
    run = session.get(AuditRun, run_id)
    if run is None:
        raise _not_found(f"audit run {run_id}")
    sites = []
    for sa in session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id).order_by(SiteAudit.id)):
        dets = session.exec(select(DetectionRecord).where(DetectionRecord.site_audit_id == sa.id)
                            .order_by(DetectionRecord.question_id, DetectionRecord.option)).all()
        sites.append({**sa.model_dump(), "detections": [d.model_dump() for d in dets]})
    return {**run.model_dump(), "sites": sites}
