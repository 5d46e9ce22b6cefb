"""Methodology config per assessment year (``scoring/methodologies/<id>.yaml``).

Question kinds (seed L10037–10066): ``value`` — the chosen option's points (single choice);
``sum`` — the sum of the chosen options' points (multi choice).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

DIR = Path(__file__).parent / "methodologies"


class MethodologyError(ValueError):
    """The methodology file is missing or malformed."""


@dataclass(frozen=True)
class Question:
    """A scored question: its theme, kind and points per option code (0–25)."""

    id: str
    theme: str
    kind: str
    points: dict[str, float]

    @property
    def max_points(self) -> float:
        """Most points the question can give: best option (value) or all positive options (sum)."""
        if self.kind == "sum":
            return sum(p for p in self.points.values() if p > 0)
        return max(self.points.values(), default=0.0)


@dataclass(frozen=True)
class Theme:
    """A theme (tēma) with its weight (%) and maximum points."""

    id: str
    weight: float
    max_points: float


@dataclass(frozen=True)
class Methodology:
    """One year's method: themes, questions, maturity thresholds (lower bounds of levels 2–5, %)."""

    id: str
    themes: dict[str, Theme]
    questions: dict[str, Question]
    thresholds: tuple[float, ...]
    axe_tags: tuple[str, ...]

    def maturity(self, pct: float | None) -> int | None:
        """Maturity level 1–5 for an index in % (None stays None)."""
        if pct is None:
            return None
        return 1 + sum(1 for t in self.thresholds if pct >= t)


def available() -> list[str]:
    """Ids of the methodology files, sorted."""
    return sorted(p.stem for p in DIR.glob("*.yaml"))


@cache
def load(method_id: str) -> Methodology:
    """Load and check ``<method_id>.yaml``. Raises MethodologyError on a missing file or bad content."""
    path = DIR / f"{method_id}.yaml"
    if not path.exists():
        raise MethodologyError(f"no methodology {method_id!r} (have {available()})")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        themes = {k: Theme(k, float(v["weight"]), float(v["max_points"])) for k, v in raw["themes"].items()}
        questions = {}
        for qid, q in raw["questions"].items():
            if q["theme"] not in themes or q["kind"] not in ("value", "sum"):
                raise MethodologyError(f"{qid}: unknown theme or kind")
            questions[qid] = Question(qid, q["theme"], q["kind"],
                                      {str(k): float(v) for k, v in q["points"].items()})
        return Methodology(str(raw["id"]), themes, questions, tuple(raw["maturity"]["thresholds"]),
                           tuple(raw.get("axe_tags", [])))
    except (KeyError, TypeError, ValueError) as exc:
        raise MethodologyError(f"{path.name}: {exc}") from exc


def for_year(year: int) -> Methodology:
    """The methodology of ``year``: its own file, else the newest one before it, else the oldest."""
    ids = [i for i in available() if i.isdigit()]
    older = [i for i in ids if int(i) <= year]
    return load(max(older, key=int) if older else min(ids, key=int))
