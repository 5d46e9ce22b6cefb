"""Overrides: ``POST`` an expert's value for (institution, site or none, item, option, subject) with a
mandatory reason; accept or override a detection; read an item's history. Append-only: there is no
update or delete (DESIGN.md). Each one marks the institution's scores of the year stale and schedules
their recomputation."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, HTTPException
from pydantic import BaseModel, Field
from sqlmodel import select

from api import overrides, scores
from api.deps import DbId, Expert, PagingDep, Reader, SessionDep, YearQuery, page, paginate
from api.problems import ERROR_RESPONSES
from store.models import Override
from store.overrides import OverrideKey

router = APIRouter(tags=["overrides"], responses=ERROR_RESPONSES)


class OverrideCreate(BaseModel):
    """An expert's value for one option of an item."""

    year: int = Field(ge=2000, le=2100)
    institution_id: str = Field(min_length=1, max_length=100)
    site_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    question_id: str = Field(min_length=1, max_length=20)
    option: str = Field(min_length=1, max_length=10)
    subject: str = Field(default="", max_length=2000)
    value: bool
    reason: str = Field(min_length=1, max_length=5000, pattern=r"\S")


class Decision(BaseModel):
    """Accept a detection (``value`` left out: its own value) or override it; the reason is mandatory."""

    value: bool | None = None
    reason: str = Field(min_length=1, max_length=5000, pattern=r"\S")


def _commit(session, rows: list[Override], tasks: BackgroundTasks) -> dict:
    session.commit()
    tasks.add_task(scores.refresh_later, rows[0].year)
    return {"items": [r.model_dump() for r in rows]}


@router.post("/overrides", status_code=201)
def create_override(body: OverrideCreate, session: SessionDep, who: Expert, tasks: BackgroundTasks) -> dict:
    """Record an override (expert). A single-choice item's other options are recorded false with it."""
    key = OverrideKey(body.year, body.institution_id, body.site_id, body.question_id, body.subject)
    try:
        rows = overrides.submit(session, key, body.option, body.value, body.reason, who.username)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    return _commit(session, rows, tasks)


@router.post("/detections/{detection_id}/decision", status_code=201, tags=["detections"])
def decide(detection_id: DbId, body: Decision, session: SessionDep, who: Expert, tasks: BackgroundTasks) -> dict:
    """Accept or override a detection (expert); recorded as an override that points at it."""
    try:
        rows = overrides.decide(session, detection_id, body.value, body.reason, who.username)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    return _commit(session, rows, tasks)


@router.get("/overrides")
def list_overrides(session: SessionDep, _: Reader, paging: PagingDep, year: YearQuery = None,
                   institution_id: str | None = None, question_id: str | None = None,
                   created_by: str | None = None) -> dict:
    """Overrides, newest first (the item history when filtered by institution and item)."""
    query = select(Override)
    for column, value in ((Override.year, year), (Override.institution_id, institution_id),
                          (Override.question_id, question_id), (Override.created_by, created_by)):
        if value is not None:
            query = query.where(column == value)
    rows, total = paginate(session, query, paging, Override.created_at.desc(), Override.id.desc())
    return page([r.model_dump() for r in rows], total, paging)
