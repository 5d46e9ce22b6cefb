"""Expert overrides: append-only rows, the latest per option in force, and stale marking of scores.

DESIGN.md ("Answer", "Detections"): an override is keyed (institution, site or none, item, option,
subject) — here also by the assessment year it belongs to — and is never updated or deleted; the
effective answer is the latest override. Every change of an effective answer marks the affected
``score`` rows ``stale`` so they are recomputed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import Session, select

from store.models import Override, Score


@dataclass(frozen=True)
class OverrideKey:
    """Where an override applies: (year, institution, site or None, item, subject)."""

    year: int
    institution_id: str
    site_id: int | None
    question_id: str
    subject: str = ""


def record(session: Session, key: OverrideKey, values: dict[str, bool], reason: str, actor: str,
           detection_id: int | None = None) -> list[Override]:
    """Append one row per ``option → value`` (the caller passes a single-choice item's siblings as False,
    DESIGN.md) and mark the institution's scores of the year stale. Raises ValueError on an empty
    ``values`` or a blank ``reason`` (the reason is mandatory, issue 7)."""
    if not values:
        raise ValueError("an override needs at least one option")
    if not reason.strip():
        raise ValueError("an override needs a reason")
    rows = [Override(year=key.year, institution_id=key.institution_id, site_id=key.site_id,
                     question_id=key.question_id, option=option, subject=key.subject, value=value,
                     reason=reason.strip(), detection_id=detection_id, created_by=actor)
            for option, value in values.items()]
    session.add_all(rows)
    mark_stale(session, key.year, [key.institution_id])
    return rows


def history(session: Session, institution_id: str, question_id: str, year: int | None = None) -> list[Override]:
    """Every override of an item of an institution, newest first."""
    query = select(Override).where(Override.institution_id == institution_id,
                                   Override.question_id == question_id)
    if year is not None:
        query = query.where(Override.year == year)
    return list(session.exec(query.order_by(Override.created_at.desc(), Override.id.desc())))


def overrides_for(session: Session, year: int) -> dict[str, dict[str, dict[str, bool]]]:
    """institution id → item → option → value in force for ``year``: per option, the latest override of
    the institution (over its sites, the institution itself and subjects), DESIGN.md "the latest expert
    override". Rows are read oldest first so a later one replaces an earlier one."""
    out: dict[str, dict[str, dict[str, bool]]] = {}
    rows = session.exec(select(Override).where(Override.year == year)
                        .order_by(Override.created_at, Override.id))
    for row in rows:
        out.setdefault(row.institution_id, {}).setdefault(row.question_id, {})[row.option] = row.value
    return out


def mark_stale(session: Session, year: int | None, institution_ids: Iterable[str] | None = None) -> None:
    """Mark scores stale: of ``year`` (None: every year) and of ``institution_ids`` (None: all)."""
    stmt = update(Score).values(stale=True)
    if year is not None:
        stmt = stmt.where(Score.year == year)
    if institution_ids is not None:
        stmt = stmt.where(Score.institution_id.in_(list(institution_ids)))
    session.exec(stmt)
