"""The scoring plan's memos (per question, per service row, per condition) never change a result: scoring
institutions one after another through one plan gives exactly what a fresh plan — every memo empty, each
score computed from the answers — gives for each institution alone (issue 6, second round). The batch
(``score_institutions``, the collector paused) gives the same again and leaves the collector as it was."""

from __future__ import annotations

import gc

import pytest

from scoring import synthetic
from scoring.answers import Answer
from scoring.engine import InstitutionData, score_institution, score_institutions
from scoring.methodology import DIR, load, parse

COUNT = 500


def _fresh(method):
    """``method`` with its compiled plan dropped: the next score builds a new plan with empty memos."""
    method.__dict__.pop("plan", None)            # a functools.cached_property lives in the instance dict
    return method


def _variants(data: list[InstitutionData]) -> list[InstitutionData]:
    """The synthetic inputs plus the same answers from other sources, pending, and without services."""
    out = list(data)
    for n, d in enumerate(data[:50]):
        source = ("detection", "override", "historic", "none")[n % 4]
        answers = {k: Answer(k, a.options, source, a.options if n % 3 else None, pending=n % 5 == 0)
                   for k, a in d.answers.items()}
        out.append(InstitutionData(answers, {} if n % 2 else d.services, d.is_ministry))
    return out


def test_memoised_plan_scores_like_a_fresh_plan():
    shared = load("2019")
    reference = parse((DIR / "2019.yaml").read_text(encoding="utf-8"))
    data = _variants([i.data() for i in synthetic.institutions(shared, COUNT, seed=6)])
    memoised = [score_institution(shared, d) for d in data]
    for d, got in zip(data, memoised, strict=True):
        assert got == score_institution(_fresh(reference), d)
    assert score_institutions(_fresh(reference), data) == memoised


@pytest.mark.parametrize("enabled", [True, False])
def test_the_batch_leaves_the_collector_as_it_found_it(enabled):
    method = load("2019")
    data = [i.data() for i in synthetic.institutions(method, 3, seed=6)]
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert len(score_institutions(method, data)) == 3
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):                # an input that is no institution: scoring fails
            score_institutions(method, [*data, 7])
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
