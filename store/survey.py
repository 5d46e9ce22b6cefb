"""Writes of survey answers (``survey_answer``): the self-assessment import replaces, per institution and
year, everything that institution's earlier import held, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, delete

from store.models import SurveyAnswer


def replace_answers(session: Session, year: int, source: str,
                    answers: Iterable[tuple[str, str, str, str]]) -> int:
    """Replace the ``source`` answers of ``year`` of the institutions in ``answers`` —
    (institution id, question id, service id or "", value) — and return how many were written."""
    rows = list(answers)
    institutions = sorted({r[0] for r in rows})
    if institutions:
        session.exec(delete(SurveyAnswer).where(SurveyAnswer.year == year, SurveyAnswer.source == source,
                                                col(SurveyAnswer.institution_id).in_(institutions)))
    session.add_all(SurveyAnswer(institution_id=i, year=year, question_id=q, service_id=s, value=v,
                                 source=source) for i, q, s, v in rows)
    session.flush()
    return len(rows)
