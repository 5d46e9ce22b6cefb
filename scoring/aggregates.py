"""Aggregates of institution e-indices: national, ministries, institutions, per sector (resors).

This first version is the plain mean of the included institutions' e-indices; the seed's
log-weighted shares (L10104–10179) replace it in the full index.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean


@dataclass(frozen=True)
class Member:
    """An institution as the aggregates see it."""

    id: str
    sector: str | None
    is_ministry: bool
    e_index: float | None


def _group(members: list[Member], maturity) -> dict:
    values = [m.e_index for m in members if m.e_index is not None]
    value = fmean(values) if values else None
    return {"e_index": value, "maturity": maturity(value), "institutions": len(values),
            "by_documents": None, "by_services": None, "by_employees": None}


def aggregates(members: list[Member], maturity) -> dict:
    """The ``aggregates`` object of ``score.schema.json``; ``maturity`` maps % → level."""
    sectors = sorted({m.sector for m in members if m.sector})
    return {
        "national": _group(members, maturity),
        "ministries": _group([m for m in members if m.is_ministry], maturity),
        "institutions": _group([m for m in members if not m.is_ministry], maturity),
        "sectors": {s: _group([m for m in members if m.sector == s], maturity) for s in sectors},
    }
