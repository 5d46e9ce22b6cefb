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

from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, field

from scoring.answers import Answer
from scoring.expressions import MissingInput
from scoring.methodology import Methodology, Question
from scoring.services import ServiceTotals, electronization, number, service_totals

NONE = "none"
ANSWERED = "__answered__"


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
class QuestionScore:
    """One question: ``points`` earned, ``max_points`` that apply (0 = not applicable), ``known`` max
    points whose answer is known, winning ``source``, ``filter`` outcome (None = no filter)."""

    points: float
    max_points: float
    known: float
    source: str
    filter: str | None = None


@dataclass
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
        return dict(self.__dict__)


@dataclass
class InstitutionScore:
    """An institution's e-index for one year; ``sources`` item → winning source, ``filters`` item →
    met / not_met / unknown, ``statistics`` the counts and electronisation levels of the year."""

    e_index: float | None
    maturity: int | None
    coverage: float | None
    themes: dict[str, ThemeScore]
    questions: dict[str, QuestionScore] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    filters: dict[str, str] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)
    excluded_reason: str | None = None
    statistics: dict = field(default_factory=dict)

    @property
    def provisional(self) -> bool:
        """True when an item is unanswered or waiting for review."""
        return bool(self.pending) or any(s == NONE for s in self.sources.values())


_OUTCOME = {True: "met", False: "not_met", None: "unknown"}


def _fact(answer: Answer) -> frozenset[str] | None:
    """A condition fact: the chosen codes (a count is a one-element set), None without an answer."""
    return answer.options if answer.source != NONE and answer.options else None


def facts_of(method: Methodology, data: InstitutionData) -> tuple[dict, ServiceTotals]:
    """Condition facts (item → option set or number; ``is_ministry``; ``services`` = service count) and
    the service totals. A service statistic answered at institution level (e.g. historic P52 totals)
    stands for the institution's total; otherwise the total is summed over the counted services.
    ``facts[ANSWERED]`` is the set of items with an answer from any source ("NA" included)."""
    facts: dict[str, object] = {k: _fact(a) for k, a in data.answers.items()}
    answered = {k for k, a in data.answers.items() if a.source != NONE}
    facts["is_ministry"] = data.is_ministry
    stats = method.service_statistics
    totals = service_totals(data.services, stats.channel_sums, stats.filtered_keys)
    for item, total in totals.totals.items():
        if facts.get(item) is None and data.services:
            facts[item] = total
            answered.add(item)
    facts[ANSWERED] = frozenset(answered)
    facts["services"] = _service_count(data)
    return facts, totals


def _service_count(data: InstitutionData) -> float | None:
    """Services the institution reported: its service rows, else the registry count, else 0 when it
    filled the self-assessment without listing any service, else unknown."""
    if data.services:
        return float(len(data.services))
    if data.counts.get("services") is not None:
        return float(data.counts["services"])
    return 0.0 if any(a.source == "self_assessment" for a in data.answers.values()) else None


def _choice_points(q: Question, options: frozenset[str], facts: Mapping) -> tuple[float, float] | None:
    """(points, max) of a value/sum answer; None when only not-applicable options are chosen."""
    gates = q.compiled_option_filters
    key = (options, tuple(c(facts) is not False for c in gates.values())) if gates else options
    memo = q.points_memo
    if key in memo:
        return memo[key]
    if options and options <= set(q.not_applicable_options):
        result = None
    else:
        allowed = {o: p for o, p in q.points.items() if o not in gates or gates[o](facts) is not False}
        if q.kind == "sum":
            result = sum(allowed.get(o, 0.0) for o in options), sum(allowed.values())
        else:
            result = max((allowed.get(o, 0.0) for o in options), default=0.0), q.top
    if len(memo) < 4096:
        memo[key] = result
    return result


def _formula_points(q: Question, facts: Mapping) -> float | None:
    """Points of a formula question; None = not applicable (per the config's rules)."""
    values = {n: _number_fact(facts.get(n)) for n in q.compiled_formula.names}
    try:
        raw = q.compiled_formula.evaluate(values)
    except MissingInput:
        return None if q.on_missing == "not_applicable" else 0.0
    except ZeroDivisionError:
        return None if q.on_zero_denominator == "not_applicable" else 0.0
    return min(max(raw, 0.0), q.top)


def _number_fact(value) -> float | None:
    if isinstance(value, frozenset):
        return number(next(iter(value))) if len(value) == 1 else None
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _mean_points(q: Question, answers: list[frozenset[str]],
                 facts: list[Mapping]) -> tuple[float, float] | None:
    scored = []
    for options, f in zip(answers, facts, strict=True):
        if q.compiled_filter is not None and q.compiled_filter(f) is False:
            if q.when_filter_not_met == "zero":
                scored.append(0.0)
            continue
        result = _choice_points(q, options, f)
        if result is not None:
            scored.append(result[0])
    return (sum(scored) / len(scored), q.top) if scored else None


def service_facts_of(method: Methodology, data: InstitutionData,
                     facts: Mapping) -> list[tuple[dict[str, frozenset], Mapping]]:
    """Per service: the answers the per-service questions read, as code sets, and the facts their filters
    see (the service's answers over the institution's)."""
    wanted = method.service_items
    out = []
    for answers in data.services.values():
        codes = {k: frozenset(answers[k].split(";")) if answers[k] not in ("", "NA") else frozenset()
                 for k in wanted & answers.keys()}
        out.append((codes, ChainMap({k: v for k, v in codes.items() if v}, facts)))
    return out


def score_question(q: Question, data: InstitutionData, facts: Mapping,
                   service_facts: list[tuple[dict[str, frozenset], Mapping]] = ()) -> QuestionScore:
    """Score one question for one institution (see module docstring); ``service_facts`` from
    :func:`service_facts_of` for per-service questions."""
    outcome = None
    if q.compiled_filter is not None and not q.per_service:
        outcome = _OUTCOME[q.compiled_filter(facts)]
        if outcome == "not_met":
            source = data.answers[q.id].source if q.id in data.answers else NONE
            top = 0.0 if q.when_filter_not_met == "not_applicable" else q.top
            return QuestionScore(0.0, top, top, source, outcome)
    if q.kind == "formula":
        if not q.compiled_formula.names <= facts[ANSWERED]:
            return QuestionScore(0.0, q.top, 0.0, NONE, outcome)
        source = _source_of(data, q.compiled_formula.names)
        pts = _formula_points(q, facts)
        if pts is None:
            return QuestionScore(0.0, 0.0, 0.0, source, outcome)
        return QuestionScore(pts, q.top, q.top, source, outcome)
    if q.per_service:
        rows = [(codes[q.id], f) for codes, f in service_facts if q.id in codes]
        result = _mean_points(q, [r[0] for r in rows], [r[1] for r in rows]) if rows else None
        source = "self_assessment" if rows else NONE
    elif q.rows:
        answered = [data.answers[r] for r in q.rows if r in data.answers and data.answers[r].source != NONE]
        result = _mean_points(q, [a.options for a in answered], [facts] * len(answered)) if answered else None
        source = answered[0].source if answered else NONE
    else:
        answer = data.answers.get(q.id)
        if answer is None or answer.source == NONE:
            return QuestionScore(0.0, q.top, 0.0, NONE, outcome)
        result = _choice_points(q, answer.options, facts)
        source = answer.source
        if result is not None and answer.known is not None:
            known = sum(p for o, p in q.points.items() if o in answer.known)
            return QuestionScore(result[0], result[1], min(known, result[1]), source, outcome)
    if source == NONE:
        return QuestionScore(0.0, q.top, 0.0, NONE, outcome)
    if result is None:
        return QuestionScore(0.0, 0.0, 0.0, source, outcome)
    return QuestionScore(result[0], result[1], result[1], source, outcome)


_RANK = {"override": 0, "detection": 1, "self_assessment": 2, "historic": 3}


def _source_of(data: InstitutionData, items) -> str:
    """The strongest source among a formula's inputs (service totals come from the self-assessment)."""
    sources = [data.answers[i].source for i in items if i in data.answers and data.answers[i].source != NONE]
    if sources:
        return min(sources, key=_RANK.__getitem__)
    return "self_assessment" if data.services else NONE


def score_institution(method: Methodology, data: InstitutionData | Mapping[str, Answer]) -> InstitutionScore:
    """Score one institution. ``data`` may be a plain item → Answer mapping (institution-level only)."""
    if not isinstance(data, InstitutionData):
        data = InstitutionData(dict(data))
    facts, totals = facts_of(method, data)
    per_service = service_facts_of(method, data, facts)
    questions = {q.id: score_question(q, data, facts, per_service) for q in method.questions.values()}
    themes = {tid: _theme(method, tid, questions, facts) for tid in method.themes}
    e_index, coverage = _weighted(method, themes)
    pending = sorted(q for q in method.questions if q in data.answers and data.answers[q].pending)
    result = InstitutionScore(
        e_index, method.maturity(e_index), coverage, themes, questions,
        sources={k: v.source for k, v in questions.items()},
        filters={k: v.filter for k, v in questions.items() if v.filter is not None},
        pending=pending, statistics=institution_statistics(method, facts, totals, data.counts))
    result.excluded_reason = exclusion_reason(method, data, questions, themes)
    return result


def _theme(method: Methodology, tid: str, questions: dict[str, QuestionScore], facts: Mapping) -> ThemeScore:
    theme = method.themes[tid]
    qs = [questions[q.id] for q in method.theme_questions(tid)]
    applies = theme.compiled_applies is None or theme.compiled_applies(facts) is not False
    top = sum(q.max_points for q in qs)
    if not applies or top == 0:
        return ThemeScore(None, None, False, None, None, None)
    if all(q.source == NONE for q in qs):
        return ThemeScore(None, None, "no_data", None, top, 0.0)
    points = sum(q.points for q in qs)
    index = points / top * 100.0
    return ThemeScore(index, method.maturity(index, tid), True, points, top,
                      sum(q.known for q in qs) / top * 100.0)


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


def exclusion_reason(method: Methodology, data: InstitutionData, questions: Mapping[str, QuestionScore],
                     themes: Mapping[str, ThemeScore]) -> str | None:
    """Why the institution is left out of the index, or None (rule: methodology ``exclusion``)."""
    surveyed = data.services or any(a.source == "self_assessment" for a in data.answers.values())
    if not surveyed:
        return None
    missing = [tid for tid in method.exclusion.required_themes
               if themes[tid].applies is not False
               and not any(questions[q.id].source == "self_assessment" for q in method.theme_questions(tid))]
    if not missing:
        return None
    return f"self-assessment has no answer in required theme(s): {', '.join(missing)} (seed L574-578)"


_ELECTRONIZATION = {"service_electronization_pct": (["P52_E", "P53_E"], ["P52", "P53"]),
                    "document_electronization_pct": (["DOC.S.4", "DOC.N.4"], ["DOC.S.1", "DOC.N.1"])}


def institution_statistics(method: Methodology, facts: Mapping, totals: ServiceTotals,
                           counts: Mapping[str, float] | None = None) -> dict:
    """Counts for the aggregates — from the answers, else the registry ``counts`` — and the
    electronisation levels (seed L458–466, L10123–10127)."""
    out: dict[str, object] = {}
    for name, formula in method.aggregates.compiled.items():
        try:
            out[name] = formula.evaluate({n: _number_fact(facts.get(n)) for n in formula.names})
        except (MissingInput, ZeroDivisionError):
            out[name] = (counts or {}).get(name)
    for name, (parts, wholes) in _ELECTRONIZATION.items():
        out[name] = electronization({k: _number_fact(facts.get(k)) for k in parts + wholes}, parts, wholes)
    out["services_filtered_out"] = len(totals.filtered)
    out["service_stages_incomplete"] = len(totals.incomplete)
    return out
