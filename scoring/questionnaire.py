"""The questionnaire (``seed-data/questionnaire.yaml``) as the import validation sees it.

Item kinds: single, multi, number, text, matrix (meta.conventions). A matrix's rows (``V12M_1`` …) are
answered like single-choice items with the matrix's options and filter. Exclusive options of a multi-choice
item — the "none" answers that cannot be ticked with others — are code 0 (meta.conventions: "X != 0 means
the exclusive none-option (code 0) was not chosen") and the options whose English label starts with
"No"/"None" (P1002 "8", M13 "3").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from scoring.expressions import Condition


@dataclass(frozen=True)
class Item:
    """One answerable item: ``kind``, ``level`` (institution / service / website / social_account),
    ``source`` (self / expert / automatic), option codes, exclusive codes and the filter."""

    id: str
    kind: str
    level: str
    source: str
    options: frozenset[str]
    exclusive: frozenset[str]
    filter: Condition | None
    filter_text: str | None


def _exclusive(q: dict) -> frozenset[str]:
    if q["kind"] != "multi":
        return frozenset()
    return frozenset(str(o["code"]) for o in q.get("options") or []
                     if str(o["code"]) == "0" or (o.get("label_en") or "").startswith(("No ", "No,", "None")))


def _condition(text: str | None) -> Condition | None:
    if not text:
        return None
    try:
        return Condition(text)
    except SyntaxError:
        return None        # e.g. "WEB_SITES is not empty and A00J == 1": not checkable from a survey file


@cache
def load(path: Path) -> dict[str, Item]:
    """Items of ``questionnaire.yaml`` by id (matrix rows included). Raises OSError / yaml.YAMLError."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    items: dict[str, Item] = {}
    for q in raw["questions"]:
        text = (q.get("filter") or {}).get("normalized")
        options = frozenset(str(o["code"]) for o in q.get("options") or [])
        items[q["id"]] = Item(q["id"], q["kind"], q["level"], q["source"], options, _exclusive(q),
                              _condition(text), text)
        for row in q.get("rows") or []:
            items[row["id"]] = Item(row["id"], "single", q["level"], q["source"], options, frozenset(),
                                    _condition(text), text)
    return items
