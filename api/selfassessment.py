"""Self-assessment upload: the API side of ``eindex import`` (same validation, same report shape,
``import.schema.json``).

The validation itself is issue 6's (``scoring/``); until it is on main :func:`import_file` reports that
it is unavailable, and the endpoint answers 501.
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

SUFFIXES = frozenset({".csv", ".xlsx"})


class ImportUnavailable(RuntimeError):
    """The self-assessment validator is not installed in this build."""


def import_file(session: Session, path: Path, year: int, accept_warnings: bool) -> dict:
    """Validate and (when valid) import ``path`` for ``year`` inside ``session``; returns the report
    (``import.schema.json``). Raises ImportUnavailable while the validator is missing."""
    raise ImportUnavailable("the self-assessment validator (eindex import) is not available in this build")
