"""Question points → theme index → institution e-index and maturity (seed L10025–10102).

Theme index = points / theme max points × 100 (seed L10074–10088: 85 of 106 → 80 %). E-index = the
themes' indices weighted 12/12/12/46/18, the weights re-normalised over the themes that apply. A theme
with no answer at all is ``no_data``: excluded from the weights and flagged. Coverage = share (%) of
the max points whose answer is known.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scoring.answers import Answer
from scoring.methodology import Methodology, Question


def question_points(q: Question, answer: Answer) -> tuple[float, float]:
    """(points earned, max points whose answer is known) for one question."""
    if answer.source == "none":
        return 0.0, 0.0
    earned = sum(q.points.get(o, 0.0) for o in answer.options)
    if q.kind == "value":
        earned = max((q.points.get(o, 0.0) for o in answer.options), default=0.0)
        return earned, q.max_points
    if answer.known is None:
        return earned, q.max_points
    return earned, sum(p for o, p in q.points.items() if o in answer.known and p > 0)


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
        return dict(self.__dict__)


@dataclass
class InstitutionScore:
    """An institution's e-index for one year; ``sources`` item → winning source."""

    e_index: float | None
    maturity: int | None
    coverage: float | None
    themes: dict[str, ThemeScore]
    sources: dict[str, str] = field(default_factory=dict)
    pending: list[str] = field(default_factory=list)

    @property
    def provisional(self) -> bool:
        """True when an item is unanswered or waiting for review."""
        return bool(self.pending) or any(s == "none" for s in self.sources.values())


def score_institution(method: Methodology, answers: dict[str, Answer],
                      not_applicable: frozenset[str] = frozenset()) -> InstitutionScore:
    """Score one institution from its effective answers (missing items count as source ``none``)."""
    themes: dict[str, ThemeScore] = {}
    sources: dict[str, str] = {}
    pending = []
    for theme in method.themes.values():
        earned = known = 0.0
        answered = False
        for q in (q for q in method.questions.values() if q.theme == theme.id):
            ans = answers.get(q.id) or Answer(q.id, frozenset(), "none", frozenset())
            sources[q.id] = ans.source
            if ans.pending:
                pending.append(q.id)
            pts, kmax = question_points(q, ans)
            earned += pts
            known += kmax
            answered = answered or ans.source != "none"
        if theme.id in not_applicable:
            themes[theme.id] = ThemeScore(None, None, False, None, theme.max_points, None)
        elif not answered:
            themes[theme.id] = ThemeScore(None, None, "no_data", None, theme.max_points, 0.0)
        else:
            index = earned / theme.max_points * 100.0
            themes[theme.id] = ThemeScore(index, method.maturity(index), True, earned, theme.max_points,
                                          known / theme.max_points * 100.0)
    e_index, coverage = _weighted(method, themes)
    return InstitutionScore(e_index, method.maturity(e_index), coverage, themes, sources, sorted(pending))


def effective_weights(method: Methodology, themes: dict[str, ThemeScore]) -> dict[str, float]:
    """Theme weights (%) re-normalised over the applying themes (seed: without services
    12/12/12/18 → 22.2/22.2/22.2/33.3)."""
    applying = {k: method.themes[k].weight for k, t in themes.items() if t.applies is True}
    total = sum(applying.values())
    return {k: w / total * 100.0 for k, w in applying.items()} if total else {}


def _weighted(method: Methodology, themes: dict[str, ThemeScore]) -> tuple[float | None, float | None]:
    weights = effective_weights(method, themes)
    if not weights:
        return None, None
    e_index = sum(themes[k].index * w for k, w in weights.items()) / 100.0
    relevant = [t for t in themes.values() if t.applies is not False]
    coverage = (sum(t.coverage * t.max_points for t in relevant) / sum(t.max_points for t in relevant))
    return e_index, coverage
