"""Writes of survey answers (``survey_answer``): the self-assessment import replaces, per institution and
year, everything that institution's earlier import held, inside the caller's transaction, and records
the import as a batch (``import_batch``) that its answers reference."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, delete, select

from store.models import ImportBatch, SurveyAnswer


def replace_answers(session: Session, year: int, source: str,
                    answers: Iterable[tuple[str, str, str, str]], batch_id: int | None = None) -> int:
    """Replace the ``source`` answers of ``year`` of the institutions in ``answers`` —
    (institution id, question id, service id or "", value) — and return how many were written; the new
    answers reference ``batch_id`` (an :class:`ImportBatch`)."""
    rows = list(answers)
    institutions = sorted({r[0] for r in rows})
    if institutions:
        session.exec(delete(SurveyAnswer).where(SurveyAnswer.year == year, SurveyAnswer.source == source,
                                                col(SurveyAnswer.institution_id).in_(institutions)))
    session.add_all(SurveyAnswer(institution_id=i, year=year, question_id=q, service_id=s, value=v,
                                 source=source, batch_id=batch_id) for i, q, s, v in rows)
    session.flush()
    return len(rows)


def record_batch(session: Session, **fields) -> ImportBatch:
    """Add an import batch (fields of :class:`ImportBatch`) and return it with its id."""
    batch = ImportBatch(**fields)
    session.add(batch)
    session.flush()
    return batch


def list_batches(session: Session, year: int | None = None) -> list[ImportBatch]:
    """The import batches, newest first (of ``year`` when given)."""
    query = select(ImportBatch).order_by(col(ImportBatch.imported_at).desc(), col(ImportBatch.id).desc())
    if year is not None:
        query = query.where(ImportBatch.year == year)
    return list(session.exec(query).all())
