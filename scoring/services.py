"""Per-service statistics: which services count for electronisation, and the institution's totals.

Seed L2752–2758: services of the types listed in appendix 6.10 (L9953–10011) are filtered out, and a
service stage (application P52 or result P53) whose channel counts do not add up to its total is left out
as incomplete. Service-transaction electronisation (L462–466) = (P52_E + P53_E) / (P52 + P53) over what
remains.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import add


def service_key(name: str) -> str:
    """Case- and whitespace-insensitive form of a service id or name, for the filtered-out list
    (whitespace runs → one space, ends stripped, casefolded; ``str.split`` and ``re``'s ``\\s`` agree on
    what whitespace is)."""
    return " ".join(name.split()).casefold()


def number(value: str | None) -> float | None:
    """A stored count as a float; "", "NA", None or text → None."""
    if value is None:
        return None
    try:
        return float(value)                      # the common case: a plain number
    except ValueError:
        pass
    if value.strip() in ("", "NA"):
        return None
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return None


@dataclass
class ServiceTotals:
    """Sums over the counted services of each statistic (item id → count), with what was left out:
    ``filtered`` (service ids of appendix 6.10) and ``incomplete`` ((service id, stage) whose channels
    do not add up)."""

    totals: dict[str, float] = field(default_factory=dict)
    filtered: list[str] = field(default_factory=list)
    incomplete: list[tuple[str, str]] = field(default_factory=list)


def stage_values(answers: Mapping[str, str], total: str, channels: Sequence[str]) -> list[float] | None:
    """[total, *channels] as numbers when all are numbers and the channels add up to the total, else None."""
    return _values(answers, (total, *channels))


def _values(answers: Mapping[str, str], items: Sequence[str]) -> list[float] | None:
    """:func:`stage_values` of ``items`` = (total, *channels)."""
    try:                                         # the common case: every count present as a plain number
        values = list(map(float, map(answers.__getitem__, items)))
    except (KeyError, TypeError, ValueError):
        values = [number(answers.get(k)) for k in items]
        if None in values:
            return None
    return None if abs(values[0] - sum(values[1:])) >= 1e-9 else values


def stage_complete(answers: Mapping[str, str], total: str, channels: list[str]) -> bool:
    """True when ``total`` and every channel are numbers and the channels add up to the total."""
    return stage_values(answers, total, channels) is not None


def service_totals(services: Mapping[str, Mapping[str, str]], channel_sums: Mapping[str, list[str]],
                   filtered_out: frozenset[str]) -> ServiceTotals:
    """Totals of the channel statistics over the services that count (see module docstring).

    ``services``: service id → item id → stored value; ``channel_sums``: total item → its channel items
    (methodology ``service_statistics.channel_sums``); ``filtered_out``: :func:`service_key` forms.
    """
    out = ServiceTotals()
    stages = [(total, (total, *channels)) for total, channels in channel_sums.items()]
    sums = {total: [0.0] * len(items) for total, items in stages}      # per stage, in item order
    for sid, answers in services.items():
        if service_key(sid) in filtered_out:
            out.filtered.append(sid)
            continue
        for total, items in stages:
            if total not in answers and answers.keys().isdisjoint(items):
                continue
            values = _values(answers, items)
            if values is None:
                out.incomplete.append((sid, total))
                continue
            sums[total] = list(map(add, sums[total], values))
    for total, items in stages:
        for k, v in zip(items, sums[total], strict=True):
            out.totals[k] = out.totals.get(k, 0.0) + v
    return out


def electronization(totals: Mapping[str, float | None], parts: list[str], wholes: list[str]) -> float | None:
    """sum(parts) / sum(wholes) × 100, or None when an input is missing or the denominator is 0
    (seed L458–466: the document and service-transaction electronisation levels)."""
    values = [totals.get(k) for k in [*parts, *wholes]]
    if None in values:
        return None
    whole = sum(values[len(parts):])
    return sum(values[:len(parts)]) / whole * 100.0 if whole > 0 else None
