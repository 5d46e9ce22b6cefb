"""Self-assessment import shared by ``eindex import`` and the API upload: validation against the
questionnaire (``scoring.importer.check_file``, issue 6) and, when the file is clean (or its warnings are
accepted), the replacement of the institutions' self-assessment answers of the year
(``store.survey.replace_answers``) recorded as an import batch (``store.survey.record_batch``: file name,
SHA-256, format, year, rows, warnings accepted, who and when), all inside the caller's transaction. The
report has the shape of ``import.schema.json``, plus ``batch`` (the batch id, None when not imported)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlmodel import Session, select

from scoring.importer import check_file
from scoring.questionnaire import load as load_questionnaire
from store.models import Institution
from store.overrides import mark_stale
from store.settings import get_settings
from store.survey import record_batch, replace_answers

SUFFIXES = frozenset({".csv", ".xlsx"})


def import_file(session: Session, path: Path, year: int, accept_warnings: bool, name: str | None = None,
                by: str = "unknown") -> dict:
    """Validate ``path`` for ``year`` and import it when it has no errors and no unaccepted warnings, as a
    batch imported ``by`` (a user name); the imported institutions' scores of the year are marked stale.
    Never raises on bad content: every problem is in the report (``name`` is the file name reported).
    Raises FileNotFoundError when the questionnaire is missing."""
    qpath = get_settings().shared_dir / "seed-data" / "questionnaire.yaml"
    if not qpath.is_file():
        raise FileNotFoundError(f"questionnaire not found at {qpath} (set EINDEX_SHARED_DIR)")
    known = frozenset(session.exec(select(Institution.id)).all())
    report = check_file(path, year, load_questionnaire(qpath), known)
    importing = not report.errors and (accept_warnings or not report.warnings)
    batch = None
    if importing:
        batch = record_batch(session, file_name=name or path.name, sha256=_sha256(path),
                             format=path.suffix.lower().lstrip("."), year=year, rows=len(report.records),
                             warnings_accepted=len(report.warnings), imported_by=by).id
        replace_answers(session, year, "self_assessment",
                        ((r.institution_id, r.question_id, r.service_id, r.value) for r in report.records), batch)
        mark_stale(session, year, sorted({r.institution_id for r in report.records}))
    return {"file": name or str(path), "year": year, "imported": importing, "institutions": report.institutions,
            "answers": len(report.records), "errors": [p.to_dict() for p in report.errors],
            "warnings": [p.to_dict() for p in report.warnings], "batch": batch}


def _sha256(path: Path) -> str:
    """Hex SHA-256 of the file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()
