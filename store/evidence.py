"""Content-addressed evidence files (screenshots, DOM snapshots) under ``<data_dir>/evidence``.

Files are named by their sha256 and never overwritten (DESIGN.md: evidence is immutable).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from store.settings import get_settings


def evidence_path(sha256: str, suffix: str, root: Path | None = None) -> Path:
    """Where the blob ``sha256`` with ``suffix`` (".png", ".html") lives."""
    root = root or get_settings().data_dir / "evidence"
    return root / sha256[:2] / f"{sha256}{suffix}"


def put_blob(data: bytes, suffix: str, root: Path | None = None) -> str:
    """Store ``data`` once and return its sha256 (hex). An existing file is left as it is."""
    digest = hashlib.sha256(data).hexdigest()
    path = evidence_path(digest, suffix, root)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    return digest
