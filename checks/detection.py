"""The one encoding of a check's answer (DESIGN.md, "Detections: one encoding for every item").

A :class:`Detection` states one option of one questionnaire item for one site (and, for K11M_*, one
social account): ``option`` is the questionnaire's option code as a string, ``value`` True when that
option holds. Identity: (site audit, ``question_id``, ``option``, ``subject``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Status = Literal["detected", "not_detected", "needs_review", "error"]
STATUSES: tuple[str, ...] = ("detected", "not_detected", "needs_review", "error")
DECIDED: frozenset[str] = frozenset({"detected", "not_detected"})


@dataclass(frozen=True)
class Evidence:
    """Where a detection was seen: page URL, CSS selector, text/HTML snippet, screenshot sha256.

    Optional, for rule-based checks (one evidence shape per element, as axe-core's reporters give it):
    ``rule`` the rule that fired (axe rule id, Lighthouse audit id), ``criteria`` the WCAG success
    criteria it maps to (e.g. ``["1.1.1"]``), ``impact`` axe's severity, ``summary`` why it fails
    (axe's failure summary, Lighthouse's explanation), ``help_url`` the versioned rule documentation.
    """

    url: str
    selector: str | None = None
    snippet: str | None = None
    screenshot: str | None = None
    rule: str | None = None
    criteria: list[str] | None = None
    impact: str | None = None
    summary: str | None = None
    help_url: str | None = None


@dataclass
class Detection:
    """One option of one item, as a check decided it.

    ``confidence`` is 0–1; ``measure`` carries M16J's conformance %; ``notes`` carries M17J's top
    problems ``[{"id", "lv", "en"}]``; ``subject`` the social account URL for K11M_*.
    Raises ValueError on an unknown status or a confidence outside 0–1.
    """

    question_id: str
    option: str
    value: bool | None
    status: Status
    confidence: float
    reason: str | None = None
    subject: str | None = None
    measure: float | None = None
    notes: list[dict] | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown detection status {self.status!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside 0–1")
        self.option = str(self.option)

    @property
    def decided(self) -> bool:
        """True for ``detected`` / ``not_detected``: only these may decide an answer (DESIGN.md)."""
        return self.status in DECIDED

    @property
    def key(self) -> tuple[str, str, str]:
        """(question_id, option, subject or "") — the identity within one site audit."""
        return (self.question_id, self.option, self.subject or "")

    def to_dict(self) -> dict:
        """JSON-ready dict in the shape of ``audit.schema.json``'s detections."""
        return asdict(self)


def single_choice(question_id: str, options: list[str], chosen: str, status: Status, confidence: float,
                  **extra) -> list[Detection]:
    """Rows for a single-choice item: ``chosen`` True, every sibling option False (DESIGN.md).

    ``status`` applies to the chosen row; the siblings are ``not_detected`` when it is decided, else
    they share ``status``. ``extra`` (reason, subject, measure, notes, evidence) goes on every row,
    except evidence, which goes on the chosen one only.
    """
    evidence = extra.pop("evidence", [])
    sibling_status: Status = "not_detected" if status in DECIDED else status
    rows = []
    for opt in options:
        is_chosen = opt == chosen
        rows.append(Detection(
            question_id=question_id, option=opt,
            value=(None if status == "error" else True) if is_chosen else (False if status in DECIDED else None),
            status=status if is_chosen else sibling_status, confidence=confidence,
            evidence=evidence if is_chosen else [], **extra))
    return rows
