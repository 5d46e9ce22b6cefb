"""Property tests (hypothesis) over synthetic self-assessments: effective weights sum to 100 % over the
applying themes, every index stays within 0–100, more points never lower a score, aggregates stay within
their members' range."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import synthetic
from scoring.aggregates import Member, aggregates
from scoring.answers import Answer
from scoring.engine import effective_weights, score_institution
from scoring.methodology import load

METHOD = load("2019")
FILTER_INPUTS = set().union(*(q.compiled_filter.names for q in METHOD.questions.values()
                              if q.compiled_filter),
                            *(t.compiled_applies.names for t in METHOD.themes.values() if t.compiled_applies))
FREE = sorted(q.id for q in METHOD.questions.values()
              if q.kind != "formula" and not q.per_service and not q.rows and q.id not in FILTER_INPUTS
              and not q.compiled_filter)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**6), st.sets(st.sampled_from(list(METHOD.themes)), max_size=5))
def test_weights_sum_to_100_over_applying_themes(n, dropped):
    data = synthetic.institution(METHOD, n).data()
    for q in METHOD.questions.values():
        if q.theme in dropped:
            for item in q.rows or [q.id]:
                data.answers.pop(item, None)
            if q.per_service:
                for s in data.services.values():
                    s.pop(q.id, None)
    result = score_institution(METHOD, data)
    weights = effective_weights(METHOD, result.themes)
    applying = [k for k, t in result.themes.items() if t.applies is True]
    assert set(weights) == set(applying)
    if applying:
        assert math.isclose(sum(weights.values()), 100.0)
    else:
        assert result.e_index is None


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 10**6))
def test_indices_stay_within_0_and_100(n):
    result = score_institution(METHOD, synthetic.institution(METHOD, n).data())
    assert 0.0 <= result.e_index <= 100.0
    assert 0.0 <= result.coverage <= 100.0
    for theme in result.themes.values():
        if theme.applies is True:
            assert 0.0 <= theme.index <= 100.0
            assert theme.maturity in range(1, 6)


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from(FREE), st.data())
def test_more_points_never_lower_the_score(n, qid, data):
    q = METHOD.questions[qid]
    inst = synthetic.institution(METHOD, n).data()
    codes = sorted(q.points)
    first = data.draw(st.sets(st.sampled_from(codes), min_size=1), label="answer")
    extra = data.draw(st.sets(st.sampled_from(codes), min_size=1), label="better")
    if q.kind == "value":
        gains = max(q.points[c] for c in extra) >= max(q.points[c] for c in first)
        better = first | extra if gains else first
    else:
        better = first | extra
    before = dict(inst.answers, **{qid: Answer(qid, frozenset(first), "self_assessment")})
    after = dict(inst.answers, **{qid: Answer(qid, frozenset(better), "self_assessment")})
    if set(q.not_applicable_options) & (first | better):
        return
    low = score_institution(METHOD, type(inst)(before, inst.services, inst.is_ministry))
    high = score_institution(METHOD, type(inst)(after, inst.services, inst.is_ministry))
    assert high.questions[qid].points >= low.questions[qid].points
    assert high.e_index >= low.e_index - 1e-9


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 100), st.one_of(st.none(), st.integers(0, 10**7)),
                          st.one_of(st.none(), st.integers(0, 500)), st.booleans()), min_size=1, max_size=30))
def test_aggregates_stay_within_the_members_range(rows):
    members = [Member(str(i), "s", ministry, e, docs, None, staff) for i, (e, docs, staff, ministry) in
               enumerate(rows)]
    national = aggregates(members, lambda v: None)["national"]
    values = [m.e_index for m in members]
    assert min(values) - 1e-9 <= national["e_index"] <= max(values) + 1e-9
    assert national["institutions"] == len(members)
