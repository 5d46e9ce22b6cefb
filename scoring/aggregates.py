"""Aggregates of institution e-indices: national, ministries, institutions, per sector (resors).

Seed L10123–10187: each institution's e-index is weighted by its logarithmic share of (i) documents sent
plus received, (ii) services and (iii) employees — ln(own count) / Σ ln(count) over the group the
aggregate covers (all institutions in the index for the national one, the ministries for the ministries'
one, the other institutions for the institutions' one, footnote 37) — the weighted indices are summed per
variable, and the aggregate is the mean of the three. Worked example (L10141–10159): 83,892 documents →
ln 11.34; Σ ln = 734.91 → share 0.0154 (1.54 %).

Zero and missing counts: ln is taken of counts ≥ 1 only, so a count of 0 (ln undefined) or a missing one
gives the institution no weight in that variable (a count of 1 gives ln 1 = 0 anyway); its index still
counts through the other variables. A variable whose ln-sum over the group is 0 is left out of the mean;
a group without any usable variable falls back to the plain mean (``weighting`` says which was used).
Sectors use the same procedure within the sector (the seed prints resors "averages", L4134, and does not
say how they were weighted).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from statistics import fmean

VARIABLES = ("documents", "services", "employees")


@dataclass(frozen=True)
class Member:
    """An institution as the aggregates see it: e-index (%) and its counts (None = unknown)."""

    id: str
    sector: str | None
    is_ministry: bool
    e_index: float | None
    documents: float | None = None
    services: float | None = None
    employees: float | None = None


def log_weight(count: float | None) -> float:
    """ln(count) for a count ≥ 1, else 0 (no weight; see module docstring)."""
    return math.log(count) if count is not None and count >= 1 else 0.0


def log_shares(counts: list[float | None]) -> list[float]:
    """Each count's ln-share of the group: ln(count) / Σ ln (footnote 37). All zero when Σ ln is 0."""
    logs = [log_weight(c) for c in counts]
    total = sum(logs)
    return [w / total if total > 0 else 0.0 for w in logs]


def log_weighted_index(members: list[Member], variable: str) -> float | None:
    """Σ e-index × ln-share of ``variable`` over the members with an e-index; None when Σ ln = 0."""
    scored = [m for m in members if m.e_index is not None]
    shares = log_shares([getattr(m, variable) for m in scored])
    if not any(shares):
        return None
    return sum(m.e_index * s for m, s in zip(scored, shares, strict=True))


def group(members: list[Member], maturity: Callable[[float | None], int | None]) -> dict:
    """One aggregate object of ``score.schema.json`` (plus ``weighting``)."""
    values = [m.e_index for m in members if m.e_index is not None]
    by = {v: log_weighted_index(members, v) for v in VARIABLES}
    usable = [x for x in by.values() if x is not None]
    if usable:
        value, weighting = fmean(usable), "log_shares"
    else:
        value, weighting = (fmean(values), "unweighted_mean") if values else (None, None)
    return {"e_index": value, "maturity": maturity(value), "institutions": len(values),
            "by_documents": by["documents"], "by_services": by["services"], "by_employees": by["employees"],
            "weighting": weighting}


def aggregates(members: list[Member], maturity: Callable[[float | None], int | None]) -> dict:
    """The ``aggregates`` object of ``score.schema.json`` over the included institutions."""
    sectors = sorted({m.sector for m in members if m.sector})
    return {
        "national": group(members, maturity),
        "ministries": group([m for m in members if m.is_ministry], maturity),
        "institutions": group([m for m in members if not m.is_ministry], maturity),
        "sectors": {s: group([m for m in members if m.sector == s], maturity) for s in sectors},
    }
