"""Vocabularies of the checks, as data files (YAML), loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

_DIR = Path(__file__).parent


@cache
def load(name: str) -> dict:
    """The vocabulary file ``checks/vocab/<name>.yaml`` as a dict. Raises FileNotFoundError."""
    with open(_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)
