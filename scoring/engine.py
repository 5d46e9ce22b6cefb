"""Question points → theme index → institution e-index and maturity (seed L10025–10120).

* Question level (L10037–10066): ``value`` — the chosen option's points (the best one when several are
  chosen, the seed's "Maksimālais"); ``sum`` — the chosen options' points added; ``formula`` — a
  simpleeval expression, clamped to 0…max, with the config's rule for a zero denominator or a missing
  input. ``per_service`` questions are the mean over the institution's services, matrix ``rows`` the mean
  over rows. A question whose filter is not met scores per ``when_filter_not_met``.
* Theme level (L10074–10088): index = points / max points × 100 (85 of 106 → 80.18 %), the max counting
  only the questions that apply. A theme without any answer is ``no_data``: left out of the weights and
  flagged (DESIGN.md); a theme whose ``applies_when`` is false does not apply.
* Institution level (L10088–10120): the theme indices weighted 12/12/12/46/18, re-normalised over the
  themes that apply (without services: 22.2/22.2/22.2/33.3). Maturity 1–5 per theme and overall.
* Exclusion (L574–578): an institution with a self-assessment that left a required theme without any
  self-assessment answer is excluded, with the reason.
Coverage = share (%) of the applicable max points whose answer is known.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from scoring.answers import Answer
from scoring.expressions import MissingInput
from scoring.methodology import Methodology
from scoring.plan import ANSWERED, ELECTRONIZATION, NONE, SELF, QuestionScore
from scoring.services import ServiceTotals, electronization, service_totals


@dataclass
class InstitutionData:
    """What scoring knows about one institution for one year.

    ``answers``: item id → effective institution-level answer (every item the sources have, scored or
    not: filter inputs and counts too; matrix rows under their row ids). ``services``: service id → item
    id → stored self-assessment value. ``counts``: registry counts (``documents``, ``services``,
    ``employees``) used when the self-assessment lacks them.
    """

    answers: dict[str, Answer]
    services: dict[str, dict[str, str]] = field(default_factory=dict)
    is_ministry: bool = False
    counts: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class ThemeScore:
    """One theme's result; ``applies`` is True, False (not applicable) or "no_data"."""

    index: float | None
    maturity: int | None
    applies: bool | str
    points: float | None
    max_points: float | None
    coverage: float | None

    def to_dict(self) -> dict:
        """The theme object of ``score.schema.json``."""
        return {"index": self.index, "maturity": self.maturity, "applies": self.applies, "points": self.points,
                "max_points": self.max_points, "coverage": self.coverage}


@dataclass(slots=True)
class InstitutionScore:
    """An institution's e-index for one year; ``statistics`` the counts and electronisation levels of the
    year. The per-question detail is kept as the plan's scores (``scored``, in the order of ``ids``) and
    read as mappings — ``questions`` item → score, ``sources`` item → winning source, ``filters`` item →
    met / not_met / unknown — built when asked for (the index and the aggregates do not need them)."""

    e_index: float | None
    maturity: int | None
    coverage: float | None
    themes: dict[str, ThemeScore]
    ids: tuple[str, ...] = ()
    scored: Sequence[QuestionScore] = ()
    pending: list[str] = field(default_factory=list)
    excluded_reason: str | None = None
    statistics: dict = field(default_factory=dict)

    @property
    def questions(self) -> dict[str, QuestionScore]:
        """Item → its score (file order)."""
        return dict(zip(self.ids, self.scored, strict=True))

    @property
    def sources(self) -> dict[str, str]:
        """Item → the source whose answer won (``none`` when unanswered)."""
        return {k: q.source for k, q in zip(self.ids, self.scored, strict=True)}

    @property
    def filters(self) -> dict[str, str]:
        """Item → met / not_met / unknown, for the questions with a filter."""
        return {k: q.filter for k, q in zip(self.ids, self.scored, strict=True) if q.filter is not None}

    @property
    def provisional(self) -> bool:
        """True when an item is unanswered or waiting for review."""
        return bool(self.pending) or any(q.source == NONE for q in self.scored)


def facts_of(method: Methodology, data: InstitutionData) -> tuple[dict, ServiceTotals]:
    """Condition facts (item → option set or number; ``is_ministry``; ``services`` = service count) and
    the service totals. An answer's fact is its chosen codes (a count is a one-element set), None when it
    has no answer or no code. A service statistic answered at institution level (e.g. historic P52
    totals) stands for the institution's total; otherwise the total is summed over the counted services.
    ``facts[ANSWERED]`` is the set of items with an answer from any source ("NA" included).
    Only the items something reads (the plan's ``fact_items``: conditions, formulas, statistics) are
    looked at; every other item is absent from the facts, as it would be unread."""
    answers = data.answers
    facts: dict[str, object] = {}
    answered = set()
    for k in method.plan.fact_items:
        a = answers.get(k)
        if a is not None:
            if a.source != NONE:
                facts[k] = a.options or None
                answered.add(k)
            else:
                facts[k] = None
    facts["is_ministry"] = data.is_ministry
    stats = method.service_statistics
    totals = service_totals(data.services, stats.channel_sums, stats.filtered_keys)
    if data.services:
        for item, total in totals.totals.items():
            if facts.get(item) is None:
                facts[item] = total
                answered.add(item)
    facts[ANSWERED] = frozenset(answered)
    facts["services"] = _service_count(data)
    return facts, totals


def _surveyed(data: InstitutionData) -> bool:
    """True when the institution has any self-assessment answer."""
    return any(a.source == SELF for a in data.answers.values())


def _service_count(data: InstitutionData) -> float | None:
    """Services the institution reported: its service rows, else the registry count, else 0 when it
    filled the self-assessment without listing any service, else unknown."""
    if data.services:
        return float(len(data.services))
    if data.counts.get("services") is not None:
        return float(data.counts["services"])
    return 0.0 if _surveyed(data) else None


def score_institution(method: Methodology, data: InstitutionData | Mapping[str, Answer]) -> InstitutionScore:
    """Score one institution. ``data`` may be a plain item → Answer mapping (institution-level only)."""
    if not isinstance(data, InstitutionData):
        data = InstitutionData(dict(data))
    plan = method.plan
    facts, totals = facts_of(method, data)
    numbers = plan.numbers(facts)
    scored = plan.scores(data.answers, facts, plan.service_rows(data.services, facts), numbers)
    columns = _Columns(*zip(*scored, strict=True))
    themes = _themes(method, columns, facts)
    e_index, coverage = _weighted(method, themes)
    pending = sorted(k for k, a in data.answers.items() if a.pending and k in method.questions)
    result = InstitutionScore(
        e_index, method.maturity(e_index), coverage, themes, plan.ids, scored, pending=pending,
        statistics=institution_statistics(method, numbers, totals, data.counts))
    result.excluded_reason = exclusion_reason(method, data, {tid: pick(columns.source)
                                                             for tid, pick in plan.theme_pick.items()}, themes)
    return result


def score_institutions(method: Methodology, data: Iterable[InstitutionData]) -> list[InstitutionScore]:
    """Score many institutions, in the order given, as :func:`score_institution` scores each.

    The cyclic garbage collector is paused for the batch and restored afterwards (also on an error).
    Scoring makes no reference cycles (reference counting frees all it discards) and everything it keeps
    lives as long as the results, so the collector's passes over the growing results find nothing to
    free: on 10,000 synthetic institutions they took ~0.1 s (``bench/score.py``)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return [score_institution(method, d) for d in data]
    finally:
        if paused:
            gc.enable()


class _Columns(NamedTuple):
    """The institution's question scores as columns (file order), one per :class:`QuestionScore` field."""

    points: tuple[float, ...]
    max_points: tuple[float, ...]
    known: tuple[float, ...]
    source: tuple[str, ...]
    filter: tuple[str | None, ...]


def _themes(method: Methodology, columns: _Columns, facts: Mapping) -> dict[str, ThemeScore]:
    """Each theme's index from its questions' scores (the plan's ``theme_pick`` selects a theme's
    questions from a column, file order)."""
    out = {}
    for tid, pick in method.plan.theme_pick.items():
        applies = method.themes[tid].compiled_applies
        top = sum(pick(columns.max_points))
        if (applies is not None and applies(facts) is False) or top == 0:
            out[tid] = ThemeScore(None, None, False, None, None, None)
            continue
        sources = pick(columns.source)
        if sources.count(NONE) == len(sources):
            out[tid] = ThemeScore(None, None, "no_data", None, top, 0.0)
            continue
        earned = sum(pick(columns.points))
        index_pct = earned / top * 100.0
        out[tid] = ThemeScore(index_pct, method.maturity(index_pct, tid), True, earned, top,
                              sum(pick(columns.known)) / top * 100.0)
    return out


def effective_weights(method: Methodology, themes: Mapping[str, ThemeScore]) -> dict[str, float]:
    """Theme weights (%) re-normalised over the applying themes with data (seed L10104–10120: without
    services 12/12/12/18 → 22.2/22.2/22.2/33.3)."""
    applying = {k: method.themes[k].weight for k, t in themes.items() if t.applies is True}
    total = sum(applying.values())
    return {k: w / total * 100.0 for k, w in applying.items()} if total else {}


def _weighted(method: Methodology, themes: dict[str, ThemeScore]) -> tuple[float | None, float | None]:
    weights = effective_weights(method, themes)
    if not weights:
        return None, None
    e_index = sum(themes[k].index * w for k, w in weights.items()) / 100.0
    relevant = [t for t in themes.values() if t.applies is not False and t.max_points]
    coverage = sum(t.coverage * t.max_points for t in relevant) / sum(t.max_points for t in relevant)
    return min(max(e_index, 0.0), 100.0), coverage


def exclusion_reason(method: Methodology, data: InstitutionData, sources: Mapping[str, Sequence[str]],
                     themes: Mapping[str, ThemeScore]) -> str | None:
    """Why the institution is left out of the index, or None (rule: methodology ``exclusion``).
    ``sources``: theme → its questions' winning sources."""
    if not (data.services or _surveyed(data)):
        return None
    missing = [tid for tid in method.exclusion.required_themes
               if themes[tid].applies is not False and SELF not in sources[tid]]
    if not missing:
        return None
    return f"self-assessment has no answer in required theme(s): {', '.join(missing)} (seed L574-578)"


def institution_statistics(method: Methodology, numbers: Mapping[str, float | None], totals: ServiceTotals,
                           counts: Mapping[str, float] | None = None) -> dict:
    """Counts for the aggregates — from the answers, else the registry ``counts`` — and the
    electronisation levels (seed L458–466, L10123–10127). ``numbers``: item → number or None, for every
    item the aggregate variables and the levels read (:meth:`scoring.plan.Plan.numbers`)."""
    out: dict[str, object] = {}
    for name, formula in method.aggregates.compiled.items():
        try:
            out[name] = formula.evaluate(numbers)
        except (MissingInput, ZeroDivisionError):
            out[name] = (counts or {}).get(name)
    for name, (parts, wholes) in ELECTRONIZATION.items():
        out[name] = electronization({k: numbers[k] for k in parts + wholes}, parts, wholes)
    out["services_filtered_out"] = len(totals.filtered)
    out["service_stages_incomplete"] = len(totals.incomplete)
    return out
