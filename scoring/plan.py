"""The methodology compiled once into a scoring plan: one specialised scorer per question.

The rules are the engine's (seed L10037–10066, see :mod:`scoring.engine`); this module only decides
*how* they run fast enough to score 10,000 institutions in ≤ 2 s (issue 6). Per question the plan holds
the parsed filter and option gates and a memo from the inputs that decide the score — chosen options,
their source and known options, the filter outcome, the option gates' outcomes — to the finished,
immutable :class:`QuestionScore`. Answers repeat across institutions, so a question usually costs one
filter look-up and one dictionary look-up; :meth:`Plan.scores` runs the choice questions inline, in one
loop for those without filter or option gate and one for the others (a filter shared by consecutive
questions is tested once). A service's row — the contribution of each per-service question — is
memoised per distinct service (its stored values and the facts its filters fall back to); a per-service
question takes the mean of its column over the services in service order, memoised per distinct column.
Formulas are evaluated per institution (their inputs, counts, rarely repeat), over the numbers
:meth:`Plan.numbers` converts once for them and the statistics.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from scoring.answers import Answer, parse_value
from scoring.expressions import MissingInput
from scoring.services import number

if TYPE_CHECKING:
    from scoring.methodology import Methodology, Question

NONE = "none"
ANSWERED = "__answered__"
SELF = "self_assessment"
OUTCOME = {True: "met", False: "not_met", None: "unknown"}
_MEMO_SIZE = 4096          # memoised distinct inputs per question; beyond it results are computed
# The electronisation levels of the statistics (seed L458-466): name → (part items, whole items).
ELECTRONIZATION = {"service_electronization_pct": (["P52_E", "P53_E"], ["P52", "P53"]),
                   "document_electronization_pct": (["DOC.S.4", "DOC.N.4"], ["DOC.S.1", "DOC.N.1"])}
_RANK = {"override": 0, "detection": 1, "self_assessment": 2, "historic": 3}

# One service as the per-service questions see it: per such question (plan order) its contribution —
# points, None (does not count) or ABSENT (not answered); see _PerService.contribution.
ServiceRow = tuple
ABSENT = object()


class QuestionScore(NamedTuple):
    """One question: ``points`` earned, ``max_points`` that apply (0 = not applicable), ``known`` max
    points whose answer is known, winning ``source``, ``filter`` outcome (None = no filter).
    Immutable (a named tuple, cheaper to build than a frozen dataclass): the plan shares equal scores
    between institutions."""

    points: float
    max_points: float
    known: float
    source: str
    filter: str | None = None


class _Scorer:
    """What every kind shares: the question's maximum, filter, option gates and memo."""

    def __init__(self, q: Question) -> None:
        self.id, self.top, self.kind = q.id, q.top, q.kind
        self.points = dict(q.points)
        self.not_applicable = frozenset(q.not_applicable_options)
        self.filter = q.compiled_filter.holds if q.compiled_filter is not None else None
        self.gates = tuple((o, c.holds) for o, c in q.compiled_option_filters.items())
        conditions = (q.compiled_filter, *q.compiled_option_filters.values())
        self.filter_names = frozenset().union(*(c.names for c in conditions if c is not None))
        self.zero_when_not_met = q.when_filter_not_met == "zero"
        self.memo: dict = {}
        self.not_met_memo: dict[str, QuestionScore] = {}
        self.unanswered = {o: QuestionScore(0.0, self.top, 0.0, NONE, o) for o in (*OUTCOME.values(), None)}

    def outcome(self, facts: Mapping) -> str | None:
        """The filter outcome (met / not_met / unknown), None without a filter."""
        test = self.filter
        return None if test is None else OUTCOME[test(facts)]

    def not_met(self, answers: Mapping[str, Answer]) -> QuestionScore:
        """The score of a question whose filter is not met: 0 of the max (``zero``) or of 0."""
        answer = answers.get(self.id)
        source = answer.source if answer is not None else NONE
        hit = self.not_met_memo.get(source)
        if hit is None:
            top = self.top if self.zero_when_not_met else 0.0
            hit = self.not_met_memo[source] = QuestionScore(0.0, top, top, source, "not_met")
        return hit

    def gate_values(self, facts: Mapping) -> tuple[bool, ...]:
        """Per option gate: True unless its condition is known false for these facts."""
        return tuple(c(facts) is not False for _, c in self.gates)

    def allowed(self, gates: tuple[bool, ...]) -> dict[str, float]:
        """Option → points of the options the gates' outcomes (:meth:`gate_values`) leave open."""
        if not gates:
            return self.points
        closed = {o for (o, _), open_ in zip(self.gates, gates, strict=True) if not open_}
        return {o: p for o, p in self.points.items() if o not in closed}

    def choice_points(self, options: frozenset[str], gates: tuple[bool, ...]) -> tuple[float, float] | None:
        """(points, max) of a value/sum answer under the gates' outcomes; None when only
        not-applicable options are chosen. ``value`` takes the best chosen option (seed "Maksimālais")."""
        if options and options <= self.not_applicable:
            return None
        allowed = self.allowed(gates)
        if self.kind == "sum":
            return sum(allowed.get(o, 0.0) for o in options), sum(allowed.values())
        return max((allowed.get(o, 0.0) for o in options), default=0.0), self.top

    def remember(self, key, value):
        """Store ``value`` under ``key`` while the memo has room; returns ``value``."""
        if len(self.memo) < _MEMO_SIZE:
            self.memo[key] = value
        return value


class _Choice(_Scorer):
    """A value/sum question answered once per institution; :meth:`Plan.scores` runs it inline (the
    hottest path of the engine): filter outcome, answer, memo keyed by (options, source, known options,
    outcome, gate outcomes)."""

    def compute(self, answer: Answer, outcome: str | None, gates: tuple[bool, ...]) -> QuestionScore:
        """The score of an answer under a filter outcome and the gates' outcomes (no memo)."""
        result = self.choice_points(answer.options, gates)
        if result is None:
            return QuestionScore(0.0, 0.0, 0.0, answer.source, outcome)
        known = result[1]
        if answer.known is not None:            # the known options' points, of those the gates leave open
            known = min(sum(p for o, p in self.allowed(gates).items() if o in answer.known), result[1])
        return QuestionScore(result[0], result[1], known, answer.source, outcome)


class _Rows(_Scorer):
    """A matrix question: its rows are answered alike and it scores the mean over the answered rows."""

    def __init__(self, q: Question) -> None:
        super().__init__(q)
        self.rows = tuple(q.rows)

    def score(self, answers: Mapping[str, Answer], facts: Mapping, services: list[ServiceRow],
              numbers: Mapping[str, float | None]) -> QuestionScore:
        """The mean of the answered rows' points (source: the first answered row's); ``services`` and
        ``numbers`` are unused (one signature for :meth:`Plan.scores`)."""
        outcome = self.outcome(facts)
        if outcome == "not_met":
            return self.not_met(answers)
        answered = [a for a in map(answers.get, self.rows) if a is not None and a.source != NONE]
        if not answered:
            return self.unanswered[outcome]
        gates = self.gate_values(facts) if self.gates else ()
        key = (tuple(a.options for a in answered), answered[0].source, outcome, gates)
        hit = self.memo.get(key)
        return hit if hit is not None else self.remember(key, self._compute(key))

    def _compute(self, key) -> QuestionScore:
        options, source, outcome, gates = key
        results = [self.choice_points(o, gates) for o in options]
        scored = [r[0] for r in results if r is not None]
        if not scored:
            return QuestionScore(0.0, 0.0, 0.0, source, outcome)
        return QuestionScore(sum(scored) / len(scored), self.top, self.top, source, outcome)


class _PerService(_Scorer):
    """A per-service question: the mean over the institution's services that answered it, each service
    under its own filter (``when_filter_not_met: zero`` counts 0 points, else the service is skipped).
    A service's contribution comes from :meth:`Plan.service_rows` (this question's column of its row)."""

    def score_of(self, contributions: tuple) -> QuestionScore:
        """The question's score from its contributions over the institution's services (service order),
        memoised per distinct column: a service contributes one of few values, and institutions have few
        services."""
        hit = self.memo.get(contributions)
        return hit if hit is not None else self.remember(contributions, self._mean(contributions))

    def _mean(self, contributions: tuple) -> QuestionScore:
        """The mean over the services that answered, of those that count (no memo)."""
        asked = [v for v in contributions if v is not ABSENT]
        if not asked:
            return self.unanswered[None]
        scored = [v for v in asked if v is not None]
        if not scored:
            return QuestionScore(0.0, 0.0, 0.0, SELF)
        mean = sum(scored) / len(scored)
        return QuestionScore(mean, self.top, self.top, SELF)

    def contribution(self, codes: Mapping[str, frozenset[str]], service_facts: Mapping) -> float | None | object:
        """One service's points for this question: ABSENT when the service did not answer it, None when
        it does not count (filter not met with ``not_applicable``, or only not-applicable options)."""
        options = codes.get(self.id)
        if options is None:
            return ABSENT
        if self.filter is not None and self.filter(service_facts) is False:
            return 0.0 if self.zero_when_not_met else None
        result = self.choice_points(options, self.gate_values(service_facts) if self.gates else ())
        return None if result is None else result[0]


class _Formula(_Scorer):
    """A formula question (simpleeval), clamped to 0…max, with the config's rules for a missing input and
    a zero denominator; its source is the strongest among its inputs'."""

    def __init__(self, q: Question) -> None:
        super().__init__(q)
        self.formula = q.compiled_formula
        self.names = self.formula.names
        self.missing = None if q.on_missing == "not_applicable" else 0.0
        self.zero_denominator = None if q.on_zero_denominator == "not_applicable" else 0.0

    def score(self, answers: Mapping[str, Answer], facts: Mapping, services: list[ServiceRow],
              numbers: Mapping[str, float | None]) -> QuestionScore:
        """The formula's points when every input is answered (``facts[ANSWERED]``), read from
        ``numbers``; ``services`` (the service rows) tell whether service totals fed the inputs."""
        outcome = self.outcome(facts)
        if outcome == "not_met":
            return self.not_met(answers)
        if not self.names <= facts[ANSWERED]:
            return self.unanswered[outcome]
        source = self._source(answers, bool(services))
        pts = self._points(numbers)
        if pts is None:
            return QuestionScore(0.0, 0.0, 0.0, source, outcome)
        return QuestionScore(pts, self.top, self.top, source, outcome)

    def _points(self, numbers: Mapping[str, float | None]) -> float | None:
        try:
            raw = self.formula.evaluate(numbers)
        except MissingInput:
            return self.missing
        except ZeroDivisionError:
            return self.zero_denominator
        return min(max(raw, 0.0), self.top)

    def _source(self, answers: Mapping[str, Answer], has_services: bool) -> str:
        """The strongest source among the inputs, every input being answered (``facts[ANSWERED]``): an
        input without an answer of its own is a service total, from the self-assessment."""
        sources = [a.source for a in map(answers.get, self.names) if a is not None and a.source != NONE]
        if has_services and len(sources) < len(self.names):
            sources.append(SELF)
        return min(sources, key=_RANK.__getitem__) if sources else NONE


def _scorer(q: Question) -> _Scorer:
    if q.kind == "formula":
        return _Formula(q)
    if q.per_service:
        return _PerService(q)
    return _Rows(q) if q.rows else _Choice(q)


def _picker(indices: list[int]) -> Callable[[Sequence], tuple]:
    """A function taking the items at ``indices`` of a sequence, as a tuple."""
    if len(indices) == 1:
        return lambda items, i=indices[0]: (items[i],)
    return itemgetter(*indices) if indices else (lambda items: ())


class Plan:
    """A methodology compiled for the engine: ``scorers`` in file order with their ``ids``; :meth:`scores`
    runs them for one institution. ``theme_pick`` theme → function selecting its questions' entries
    (file order, as a tuple) from a list in file order; :meth:`service_rows` is what the per-service questions read.

    Choice questions answered once per institution are scored inline by :meth:`scores` from their memo;
    formulas and matrix questions through their scorer's ``score``, per-service ones from the service rows."""

    def __init__(self, method: Methodology) -> None:
        self.scorers = tuple(_scorer(q) for q in method.questions.values())
        self.ids = tuple(s.id for s in self.scorers)
        index = {qid: i for i, qid in enumerate(self.ids)}
        self.theme_pick = {tid: _picker([index[q.id] for q in method.theme_questions(tid)]) for tid in method.themes}
        choices = [(i, s) for i, s in enumerate(self.scorers) if type(s) is _Choice]
        self._plain = tuple((i, s.id, s.memo, s.unanswered[None], s) for i, s in choices
                            if s.filter is None and not s.gates)
        tests: dict = {}                          # one bound test per condition: equal filters compare by identity
        self._conditional = tuple((i, s.id, s.memo, s, tests.setdefault(s.filter, s.filter))
                                  for i, s in choices if s.filter or s.gates)
        self._others = tuple((i, s.score) for i, s in enumerate(self.scorers) if type(s) in (_Rows, _Formula))
        self._per_service = tuple(s for s in self.scorers if isinstance(s, _PerService))
        self._per_service_at = tuple(i for i, s in enumerate(self.scorers) if isinstance(s, _PerService))
        self.service_items = tuple(sorted(method.service_items))
        self.service_fact_names = tuple(sorted(set().union(
            *(s.filter_names for s in self._per_service))))
        self._rows: dict[tuple, ServiceRow] = {}
        self.fact_items = _read_items(method)
        self.number_items = _number_items(method)

    def numbers(self, facts: Mapping) -> dict[str, float | None]:
        """The facts the formulas and the electronisation levels read (``number_items``) as numbers, each
        converted once for all of them: a one-code answer is its code as a number, a number is itself (as
        float; booleans are not numbers), anything else None."""
        out = {}
        for item in self.number_items:
            value = facts.get(item)
            if isinstance(value, frozenset):
                out[item] = number(next(iter(value))) if len(value) == 1 else None
            elif isinstance(value, int | float) and not isinstance(value, bool):
                out[item] = float(value)
            else:
                out[item] = None
        return out

    def scores(self, answers: Mapping[str, Answer], facts: Mapping, services: list[ServiceRow],
               numbers: Mapping[str, float | None]) -> list[QuestionScore]:
        """Every question's score for one institution, in file order (``services`` from
        :meth:`service_rows`, ``numbers`` from :meth:`numbers`)."""
        out: list = [None] * len(self.ids)
        get = answers.get
        for i, qid, memo, unanswered, scorer in self._plain:          # no filter, no option gate
            answer = get(qid)
            if answer is None or answer.source == NONE:
                out[i] = unanswered
                continue
            key = (answer.options, answer.source, answer.known, None, ())
            hit = memo.get(key)
            out[i] = hit if hit is not None else scorer.remember(key, scorer.compute(answer, None, ()))
        last_test = last_outcome = None          # questions under one filter follow each other in the file
        for i, qid, memo, scorer, test in self._conditional:
            if test is None:
                outcome = None
            elif test is last_test:
                outcome = last_outcome
            else:
                outcome = last_outcome = OUTCOME[test(facts)]
                last_test = test
            if outcome == "not_met":
                out[i] = scorer.not_met(answers)
                continue
            answer = get(qid)
            if answer is None or answer.source == NONE:
                out[i] = scorer.unanswered[outcome]
                continue
            gates = scorer.gate_values(facts) if scorer.gates else ()
            key = (answer.options, answer.source, answer.known, outcome, gates)
            hit = memo.get(key)
            out[i] = hit if hit is not None else scorer.remember(key, scorer.compute(answer, outcome, gates))
        for i, score in self._others:
            out[i] = score(answers, facts, services, numbers)
        columns = list(zip(*services, strict=True)) or [()] * len(self._per_service)   # per question, by service
        for i, scorer, contributions in zip(self._per_service_at, self._per_service, columns, strict=True):
            out[i] = scorer.score_of(contributions)
        return out

    def service_rows(self, services: Mapping[str, Mapping[str, str]], facts: Mapping) -> list[ServiceRow]:
        """Per service (in order) the contributions of the per-service questions. A service's row depends
        only on its stored values of the per-service items and the institution's facts the filters fall
        back to, so equal services share one row (memo)."""
        rows = []
        fallback = tuple(map(facts.get, self.service_fact_names))
        for answers in services.values():
            key = (tuple(map(answers.get, self.service_items)), fallback)
            row = self._rows.get(key)
            if row is None:
                row = self._row(answers, facts)
                if len(self._rows) < _MEMO_SIZE:
                    self._rows[key] = row
            rows.append(row)
        return rows

    def _row(self, answers: Mapping[str, str], facts: Mapping) -> ServiceRow:
        """One service's contributions: its per-service items as code sets
        (:func:`scoring.answers.parse_value`: "" and "NA" → empty); the facts its questions' filters and
        option filters read are its own non-empty answer, else the institution's."""
        codes = {k: parse_value(answers[k]) for k in self.service_items if k in answers}
        service_facts = {k: codes.get(k) or facts.get(k) for k in self.service_fact_names}
        return tuple(s.contribution(codes, service_facts) for s in self._per_service)


def _read_items(method: Methodology) -> tuple[str, ...]:
    """Every item a condition (question filters, option gates, themes' ``applies_when``), a formula
    (questions, aggregate variables) or an electronisation level reads, sorted."""
    conditions = [c for q in method.questions.values()
                  for c in (q.compiled_filter, *q.compiled_option_filters.values()) if c is not None]
    conditions += [t.compiled_applies for t in method.themes.values() if t.compiled_applies is not None]
    return tuple(sorted(set(_number_items(method)).union(*(c.names for c in conditions))))


def _number_items(method: Methodology) -> tuple[str, ...]:
    """Every item a formula (questions, aggregate variables) or an electronisation level reads, sorted."""
    formulas = [q.compiled_formula for q in method.questions.values() if q.compiled_formula is not None]
    formulas += method.aggregates.compiled.values()
    statistics = [item for parts, wholes in ELECTRONIZATION.values() for item in (*parts, *wholes)]
    return tuple(sorted(set(statistics).union(*(f.names for f in formulas))))
