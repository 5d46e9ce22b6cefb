"""Derived statistics of a scored year: quintile segments, rankings and top 15, year-over-year change,
sector amplitude, electronisation levels.

* Quintile segments (seed L444–466, footnote 3 L484): institutions split into five groups of (nearly)
  equal size by services, employees, document-flow and service-transaction electronisation; the
  boundaries are the 20/40/60/80 % quantiles of the values present (``statistics.quantiles``,
  method "inclusive"); institutions without a value are counted apart.
* Rankings (L633–645: the report highlights the 15 best per theme and overall): descending index, ties by
  name.
* Year-over-year change in percentage points (L3951–3961): this year's index − last year's, where both
  exist.
* Sector amplitude (L4157–4175): max − min of the included institutions' e-indices in a sector.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping
from heapq import nlargest
from statistics import quantiles

SEGMENT_VARIABLES = {
    "services": "services",
    "employees": "employees",
    "document_electronization": "document_electronization_pct",
    "service_electronization": "service_electronization_pct",
}


def quintile_bounds(values: Iterable[float]) -> list[float] | None:
    """The 4 inner quintile boundaries of ``values`` (None with fewer than 2 values)."""
    data = sorted(values)
    if len(data) < 2:
        return None
    return quantiles(data, n=5, method="inclusive")


def segment(value: float | None, bounds: list[float] | None) -> int | None:
    """Quintile 1–5 of ``value`` (a value equal to a boundary falls in the lower quintile)."""
    if value is None or bounds is None:
        return None
    return 1 + bisect_left(bounds, value)


def segments(entries: list[dict]) -> dict:
    """Per variable: boundaries, counts per quintile, and each institution's quintile."""
    out = {}
    for name, key in SEGMENT_VARIABLES.items():
        values = {e["id"]: e["statistics"].get(key) for e in entries}
        bounds = quintile_bounds(v for v in values.values() if v is not None)
        members = {i: segment(v, bounds) for i, v in values.items()}
        tally = Counter(members.values())
        out[name] = {"bounds": bounds, "counts": [tally[q] for q in range(1, 6)], "missing": tally[None],
                     "institutions": {i: s for i, s in members.items() if s is not None}}
    return out


def ranking(entries: list[dict], theme: str | None = None, top: int = 15) -> list[dict]:
    """The ``top`` institutions by e-index (``theme`` None) or by a theme's index. Only institutions at or
    above the ``top``-th best index can rank, so only they are sorted (descending index, ties by name, then
    in the order given)."""
    values = ([e["e_index"] for e in entries] if theme is None
              else [e["themes"].get(theme, {}).get("index") for e in entries])
    present = [v for v in values if v is not None]
    if not present or top < 1:
        return []
    cut = nlargest(top, present)[-1]
    keyed = [(v, e) for v, e in zip(values, entries, strict=True) if v is not None and v >= cut]
    ranked = sorted(keyed, key=lambda ve: (-ve[0], ve[1]["name"]))[:top]
    return [{"rank": n, "id": e["id"], "name": e["name"], "index": v} for n, (v, e) in enumerate(ranked, start=1)]


def rankings(entries: list[dict], themes: Iterable[str], top: int = 15) -> dict:
    """Top ``top`` overall (key ``e_index``) and per theme."""
    return {"e_index": ranking(entries, None, top), **{t: ranking(entries, t, top) for t in themes}}


def change_pp(current: Mapping[str, float | None], previous: Mapping[str, float | None]) -> dict[str, float]:
    """Year-over-year change in percentage points, for the keys with a value in both years."""
    return {k: v - previous[k] for k, v in current.items()
            if v is not None and previous.get(k) is not None}


def amplitude(entries: list[dict]) -> dict:
    """Per sector: max − min e-index with the highest and lowest institution (≥ 1 institution)."""
    by_sector: dict[str, list[dict]] = {}
    for e in entries:
        if e.get("sector") and e["e_index"] is not None:
            by_sector.setdefault(e["sector"], []).append(e)
    out = {}
    for sector, members in sorted(by_sector.items()):
        hi = max(members, key=lambda e: e["e_index"])
        lo = min(members, key=lambda e: e["e_index"])
        out[sector] = {"amplitude": hi["e_index"] - lo["e_index"], "highest": hi["id"], "lowest": lo["id"],
                       "institutions": len(members)}
    return out


def electronization_levels(entries: list[dict]) -> dict:
    """Per institution service-transaction and document-flow electronisation (%), None when unknown."""
    return {e["id"]: {"service": e["statistics"].get("service_electronization_pct"),
                      "documents": e["statistics"].get("document_electronization_pct")} for e in entries}
