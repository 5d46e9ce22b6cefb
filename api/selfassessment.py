"""Self-assessment import shared by ``eindex import`` and the API upload: validation against the
questionnaire (``scoring.importer.check_file``, issue 6) and, when the file is clean (or its warnings are
accepted), the replacement of the institutions' self-assessment answers of the year
(``store.survey.replace_answers``), all inside the caller's transaction. The report has the shape of
``import.schema.json``."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select

from scoring.importer import check_file
from scoring.questionnaire import load as load_questionnaire
from store.models import Institution
from store.overrides import mark_stale
from store.settings import get_settings
from store.survey import replace_answers

SUFFIXES = frozenset({".csv", ".xlsx"})


def import_file(session: Session, path: Path, year: int, accept_warnings: bool, name: str | None = None) -> dict:
    """Validate ``path`` for ``year`` and import it when it has no errors and no unaccepted warnings;
    the imported institutions' scores of the year are marked stale. Never raises on bad content: every
    problem is in the report (``name`` is the file name reported). Raises FileNotFoundError when the
    questionnaire is missing."""
    qpath = get_settings().shared_dir / "seed-data" / "questionnaire.yaml"
    if not qpath.is_file():
        raise FileNotFoundError(f"questionnaire not found at {qpath} (set EINDEX_SHARED_DIR)")
    known = frozenset(session.exec(select(Institution.id)).all())
    report = check_file(path, year, load_questionnaire(qpath), known)
    importing = not report.errors and (accept_warnings or not report.warnings)
    if importing:
        replace_answers(session, year, "self_assessment",
                        ((r.institution_id, r.question_id, r.service_id, r.value) for r in report.records))
        mark_stale(session, year, sorted({r.institution_id for r in report.records}))
    return {"file": name or str(path), "year": year, "imported": importing, "institutions": report.institutions,
            "answers": len(report.records), "errors": [p.to_dict() for p in report.errors],
            "warnings": [p.to_dict() for p in report.warnings]}
