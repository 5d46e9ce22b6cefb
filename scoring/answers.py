"""Effective answers by source precedence (DESIGN.md, "Answer"):
override → decided detection (derived over the institution's sites) → self-assessment → historic → none.
``needs_review`` / ``error`` detections never decide; they make the item pending.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checks.detection import Detection

SOURCES = ("override", "detection", "self_assessment", "historic", "none")


@dataclass(frozen=True, slots=True)
class Answer:
    """An item's effective value: the chosen option codes (``options``), the options whose truth is
    known (``known``; None = all), the winning ``source``, and whether a review is pending."""

    question_id: str
    options: frozenset[str]
    source: str
    known: frozenset[str] | None = None
    pending: bool = False


@lru_cache(maxsize=16384)
def parse_value(value: str) -> frozenset[str]:
    """Option codes of a stored answer value: "2" → {"2"}; "1;3" → {"1", "3"}; "NA" / "" → {}.
    Cached: equal values share one frozenset (less memory; the scoring plan's memo keys then compare by
    identity)."""
    if value in ("", "NA"):
        return frozenset()
    return frozenset(v.strip() for v in value.split(";") if v.strip())


# "None" options hold for the institution only when no site has a positive option (DESIGN.md).
NONE_OPTIONS = {"M11": "2", "M12": "99", "M13": "3", "E18_01": "2", "E18_03": "2"}
# Single-choice items where the best decided option over the sites wins, best first.
BEST_OF = {"M09": ("1", "2", "3")}


def from_detections(question_id: str, per_site: list[list[Detection]]) -> Answer | None:
    """Derive an institution's answer from its sites' detections of one item (main site first).

    An option holds when it holds on any site; it is known false only when every site decided it
    false. The "none" option of M11/M12/M13/E18_* (``NONE_OPTIONS``) holds only when no site has a
    positive option, and is known false as soon as one does. M09 takes the best option decided on any
    site (24/7 > working hours > none) and its siblings are then known false. M16J/M17J come from the
    main site only (DESIGN.md, "Institution from sites"). Returns None when no option is decided.
    """
    if question_id in ("M16J", "M17J"):
        per_site = per_site[:1]
    answer = _any_site(question_id, per_site)
    if answer is None or answer.source != "detection":
        return answer
    if question_id in NONE_OPTIONS:
        return _without_none(answer, NONE_OPTIONS[question_id])
    if question_id in BEST_OF:
        return _best_of(answer, BEST_OF[question_id])
    return answer


def _without_none(answer: Answer, none: str) -> Answer:
    if not answer.options - {none}:
        return answer
    known = (answer.known or frozenset()) | {none}
    return Answer(answer.question_id, answer.options - {none}, answer.source, known, pending=answer.pending)


def _best_of(answer: Answer, order: tuple[str, ...]) -> Answer:
    best = next((o for o in order if o in answer.options), None)
    if best is None:
        return answer
    return Answer(answer.question_id, frozenset({best}), answer.source, frozenset(order),
                  pending=answer.pending)


def _any_site(question_id: str, per_site: list[list[Detection]]) -> Answer | None:
    """An option holds when it holds on any site; known false when every site decided it false."""
    true_opts: set[str] = set()
    false_on: dict[str, int] = {}
    pending = False
    for dets in per_site:
        for d in dets:
            if not d.decided:
                pending = True
            elif d.value:
                true_opts.add(d.option)
            else:
                false_on[d.option] = false_on.get(d.option, 0) + 1
    known = true_opts | {o for o, n in false_on.items() if n == len(per_site)}
    if not known:
        return Answer(question_id, frozenset(), "none", frozenset(), pending=pending) if pending else None
    return Answer(question_id, frozenset(true_opts), "detection", frozenset(known), pending=pending)


def effective(question_id: str, overrides: dict[str, str], detected: Answer | None,
              self_assessment: dict[str, str], historic: dict[str, str]) -> Answer:
    """The winning answer for one item from the sources, in DESIGN.md's precedence."""
    if question_id in overrides:
        return Answer(question_id, parse_value(overrides[question_id]), "override")
    if detected is not None and detected.source == "detection":
        return detected
    pending = detected.pending if detected is not None else False
    if question_id in self_assessment:
        return Answer(question_id, parse_value(self_assessment[question_id]), "self_assessment",
                      pending=pending)
    if question_id in historic:
        return Answer(question_id, parse_value(historic[question_id]), "historic", pending=pending)
    return Answer(question_id, frozenset(), "none", frozenset(), pending=pending)
