"""Methodology config per assessment year (``scoring/methodologies/<id>.yaml``), validated on load.

The file's schema is the pydantic models below (``extra="forbid"``: a misspelt key is an error). Rules
the loader enforces: points per option 0–25 (seed L535–541); kinds ``value`` / ``sum`` / ``formula``
(seed L10037–10066); a formula has ``max_points`` and parses as an expression; every sub-indicator's
``max_points`` equals the sum of its questions' maxima and every theme's the sum of its sub-indicators'
(so a theme index never exceeds 100 %); theme weights are positive; ``assumed: true`` needs a ``reason``.
"""

from __future__ import annotations

from functools import cache, cached_property
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from scoring.expressions import Condition, Formula, condition
from scoring.plan import Plan
from scoring.services import service_key

DIR = Path(__file__).parent / "methodologies"


class MethodologyError(ValueError):
    """The methodology file is missing or does not satisfy the schema."""


def _parsed(kind, text: str):
    """``kind(text)`` with a SyntaxError turned into the ValueError pydantic reports."""
    try:
        return kind(text)
    except SyntaxError as exc:
        raise ValueError(f"{kind.__name__.lower()} {text!r}: {exc}") from None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Assumable(_Strict):
    assumed: bool = False
    reason: str | None = None

    @model_validator(mode="after")
    def _reasoned(self):
        if self.assumed and not self.reason:
            raise ValueError("assumed: true needs a reason")
        return self


class SubIndicator(_Assumable):
    """A sub-indicator (rādītājs) of a theme and its maximum points."""

    max_points: float = Field(gt=0)


class Theme(_Assumable):
    """A theme (tēma): weight (%), maximum points, sub-indicators; ``applies_when`` is a filter condition
    under which the theme applies (seed L10104–10120), absent = always."""

    name_lv: str
    weight: float = Field(gt=0)
    max_points: float = Field(gt=0)
    sub_indicators: dict[str, SubIndicator]
    applies_when: str | None = None
    applies_reason: str | None = None
    id: str = ""

    @cached_property
    def compiled_applies(self) -> Condition | None:
        """The parsed ``applies_when`` (None = the theme always applies)."""
        return condition(self.applies_when) if self.applies_when else None


class Question(_Assumable):
    """A scored question. ``points``: option code → 0–25. ``per_service``: the mean over the institution's
    services; ``rows``: a matrix whose rows are answered alike, the mean over rows. ``filter``: the
    questionnaire's condition; ``when_filter_not_met``: ``zero`` (the question counts with 0 points) or
    ``not_applicable`` (its maximum leaves the theme's). ``not_applicable_options``: options that make
    the question not applicable. ``option_filters``: option → condition under which it can be earned."""

    theme: str
    sub_indicator: str
    kind: Literal["value", "sum", "formula"]
    points: dict[str, float] = {}
    formula: str | None = None
    formula_max: float | None = Field(None, alias="max_points")
    on_zero_denominator: Literal["not_applicable", "zero"] = "not_applicable"
    on_missing: Literal["not_applicable", "zero"] = "zero"
    per_service: Literal["mean"] | None = None
    rows: list[str] = []
    filter: str | None = None
    filter_note: str | None = None
    when_filter_not_met: Literal["zero", "not_applicable"] = "zero"
    not_applicable_options: list[str] = []
    option_filters: dict[str, str] = {}
    id: str = ""

    @model_validator(mode="before")
    @classmethod
    def _codes_as_strings(cls, data):
        if isinstance(data, dict) and isinstance(data.get("points"), dict):
            data = {**data, "points": {str(k): v for k, v in data["points"].items()}}
        return data

    @model_validator(mode="after")
    def _kind_fields(self):
        for code, pts in self.points.items():
            if not 0 <= pts <= 25:
                raise ValueError(f"option {code}: {pts} points outside 0-25 (seed L535-541)")
        if self.kind == "formula":
            if not self.formula or self.formula_max is None:
                raise ValueError("a formula question needs formula and max_points")
            _parsed(Formula, self.formula)
        elif not self.points:
            raise ValueError(f"a {self.kind} question needs points")
        for cond in [self.filter, *self.option_filters.values()]:
            if cond:
                _parsed(Condition, cond)
        return self

    @cached_property
    def top(self) -> float:
        """Most points the question can give: best option (value), all options (sum), ``max_points``."""
        if self.kind == "formula":
            return float(self.formula_max)
        if self.kind == "sum":
            return float(sum(self.points.values()))
        return float(max(self.points.values()))

    @property
    def max_points(self) -> float:
        """The question's maximum points (:attr:`top`; the YAML key ``max_points`` of a formula)."""
        return self.top

    @cached_property
    def compiled_filter(self) -> Condition | None:
        """The parsed ``filter`` (None when the question has none)."""
        return condition(self.filter) if self.filter else None

    @cached_property
    def compiled_formula(self) -> Formula | None:
        """The parsed ``formula`` (None unless kind is formula)."""
        return Formula(self.formula) if self.formula else None

    @cached_property
    def compiled_option_filters(self) -> dict[str, Condition]:
        """Parsed ``option_filters``."""
        return {k: condition(v) for k, v in self.option_filters.items()}


class Maturity(_Assumable):
    """Lower bounds (%) of levels 2–5: ``default`` for the e-index and every theme, ``themes`` an optional
    override per theme (theme id → its own 4 bounds; the seed's per-theme thresholds, figure 3, are lost)."""

    default: list[float] = Field(min_length=4, max_length=4)
    themes: dict[str, list[float]] = {}

    @model_validator(mode="after")
    def _ascending(self):
        for bounds in [self.default, *self.themes.values()]:
            if len(bounds) != 4 or list(bounds) != sorted(bounds) or not 0 <= bounds[0] <= bounds[-1] <= 100:
                raise ValueError(f"maturity bounds {bounds} must be 4 ascending values in 0-100")
        return self


class Exclusion(_Assumable):
    """Which self-assessed themes an institution must have answered to be in the index (seed L574–578)."""

    required_themes: list[str]


class Aggregates(_Strict):
    """The log-weighting variables (expressions over counts, seed L10123–10187)."""

    variables: dict[str, str]
    zero_or_missing: str

    @cached_property
    def compiled(self) -> dict[str, Formula]:
        """The parsed ``variables``."""
        return {k: Formula(v) for k, v in self.variables.items()}


class ServiceStatistics(_Strict):
    """Services left out of electronisation (appendix 6.10) and the channel sums checked (L2756–2758)."""

    filtered_out: list[str]
    channel_sums: dict[str, list[str]]

    @cached_property
    def filtered_keys(self) -> frozenset[str]:
        """``filtered_out`` in :func:`scoring.services.service_key` form."""
        return frozenset(service_key(s) for s in self.filtered_out)


class Methodology(_Strict):
    """One year's method; see the module docstring for the rules checked on load."""

    id: str
    year: int
    axe_tags: list[str] = []
    inconsistencies: list[dict] = []
    bonus: dict = {}
    themes: dict[str, Theme]
    maturity_bounds: Maturity = Field(alias="maturity")
    exclusion: Exclusion
    aggregates: Aggregates
    service_statistics: ServiceStatistics
    unscored: dict[str, str] = {}
    questions: dict[str, Question]

    @model_validator(mode="before")
    @classmethod
    def _ids(cls, data):
        if isinstance(data, dict):
            data = dict(data)
            for key in ("themes", "questions"):
                if isinstance(data.get(key), dict):
                    data[key] = {str(k): {**v, "id": str(k)} if isinstance(v, dict) else v
                                 for k, v in data[key].items()}
        return data

    @model_validator(mode="after")
    def _consistent(self):
        totals: dict[tuple[str, str], float] = {}
        for q in self.questions.values():
            theme = self.themes.get(q.theme)
            if theme is None or q.sub_indicator not in theme.sub_indicators:
                raise ValueError(f"{q.id}: unknown theme/sub-indicator {q.theme}/{q.sub_indicator}")
            totals[(q.theme, q.sub_indicator)] = totals.get((q.theme, q.sub_indicator), 0.0) + q.top
        for tid, theme in self.themes.items():
            for sid, sub in theme.sub_indicators.items():
                if abs(totals.get((tid, sid), 0.0) - sub.max_points) > 1e-9:
                    raise ValueError(f"{tid}.{sid}: max_points {sub.max_points} != sum of its questions "
                                     f"{totals.get((tid, sid), 0.0)}")
            if abs(sum(s.max_points for s in theme.sub_indicators.values()) - theme.max_points) > 1e-9:
                raise ValueError(f"{tid}: max_points {theme.max_points} != sum of its sub-indicators")
            if theme.applies_when:
                _parsed(Condition, theme.applies_when)
        unknown = set(self.exclusion.required_themes) - set(self.themes)
        if unknown:
            raise ValueError(f"exclusion names unknown themes {sorted(unknown)}")
        unknown = set(self.maturity_bounds.themes) - set(self.themes)
        if unknown:
            raise ValueError(f"maturity names unknown themes {sorted(unknown)}")
        for expr in self.aggregates.variables.values():
            _parsed(Formula, expr)
        return self

    def maturity(self, pct: float | None, theme: str | None = None) -> int | None:
        """Maturity level 1–5 of an index in % (None stays None); theme bounds when configured."""
        if pct is None:
            return None
        b = self._bounds.get(theme, self._bounds[None])         # 4 ascending bounds (schema)
        return 1 + (pct >= b[0]) + (pct >= b[1]) + (pct >= b[2]) + (pct >= b[3])

    @cached_property
    def _bounds(self) -> dict[str | None, tuple[float, ...]]:
        """Theme (None = the default) → lower bounds of levels 2–5."""
        return {None: tuple(self.maturity_bounds.default),
                **{k: tuple(v) for k, v in self.maturity_bounds.themes.items()}}

    @property
    def thresholds(self) -> tuple[float, ...]:
        """Lower bounds (%) of levels 2–5 of the e-index."""
        return tuple(self.maturity_bounds.default)

    @cached_property
    def service_items(self) -> frozenset[str]:
        """Items a per-service question reads from a service's row: the per-service questions and the
        inputs of their filters and option filters (a service's own answer, else the institution's)."""
        per_service = [q for q in self.questions.values() if q.per_service]
        conditions = [c for q in per_service for c in (q.compiled_filter, *q.compiled_option_filters.values())
                      if c is not None]
        return frozenset({q.id for q in per_service}.union(*(c.names for c in conditions)))

    @cached_property
    def plan(self) -> Plan:
        """The methodology compiled for the engine (per-question scorers and memos), built once."""
        return Plan(self)

    def theme_questions(self, theme: str) -> list[Question]:
        """The questions of a theme, in file order."""
        return self._by_theme.get(theme, [])

    @cached_property
    def _by_theme(self) -> dict[str, list[Question]]:
        out: dict[str, list[Question]] = {}
        for q in self.questions.values():
            out.setdefault(q.theme, []).append(q)
        return out


def available() -> list[str]:
    """Ids of the methodology files, sorted."""
    return sorted(p.stem for p in DIR.glob("*.yaml"))


def parse(text: str, name: str = "<text>") -> Methodology:
    """Validate a methodology document. Raises MethodologyError naming the file and every problem."""
    try:
        raw = yaml.safe_load(text)
        return Methodology.model_validate(raw)
    except (yaml.YAMLError, ValidationError, SyntaxError) as exc:
        raise MethodologyError(f"{name}: {exc}") from exc


@cache
def load(method_id: str) -> Methodology:
    """Load and validate ``<method_id>.yaml``. Raises MethodologyError on a missing file or bad content."""
    path = DIR / f"{method_id}.yaml"
    if not path.exists():
        raise MethodologyError(f"no methodology {method_id!r} (have {available()})")
    return parse(path.read_text(encoding="utf-8"), path.name)


def for_year(year: int) -> Methodology:
    """The methodology of ``year``: its own file, else the newest one before it, else the oldest."""
    ids = [i for i in available() if i.isdigit()]
    older = [i for i in ids if int(i) <= year]
    return load(max(older, key=int) if older else min(ids, key=int))


__all__ = ["Methodology", "MethodologyError", "Question", "Theme", "available", "for_year", "load", "parse"]
