"""The questionnaire's items as the API and the review pages need them: kind, texts and option labels
in Latvian and English (``seed-data/questionnaire.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from store.settings import get_settings

# DESIGN.md, "Detections": M12 and M13 options are independent although the printed questionnaire
# calls M12 single-choice (its "99"/"3" options are the "neither" answers).
INDEPENDENT = frozenset({"M12", "M13"})


@dataclass(frozen=True)
class Item:
    """A questionnaire item: ``kind`` single / multi / number / text / matrix; ``options``: code →
    (Latvian label, English label)."""

    id: str
    kind: str
    text_lv: str
    text_en: str
    options: dict[str, tuple[str, str]]

    @property
    def single(self) -> bool:
        """True when exactly one option holds (an override's siblings become false, DESIGN.md)."""
        return self.kind == "single" and self.id not in INDEPENDENT

    @property
    def choice(self) -> bool:
        """True for items answered by option codes (the only ones an override can set)."""
        return self.kind in ("single", "multi") and bool(self.options)

    def text(self, lang: str) -> str:
        """The item's question in ``lang`` ("lv" or "en")."""
        return self.text_lv if lang == "lv" else self.text_en

    def label(self, option: str, lang: str) -> str:
        """An option's label in ``lang``; the code itself when unknown."""
        labels = self.options.get(option)
        return option if labels is None else labels[0 if lang == "lv" else 1]


@cache
def _load(path: Path) -> dict[str, Item]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {q["id"]: Item(q["id"], q["kind"], q.get("text_lv") or "", q.get("text_en") or "",
                          {str(o["code"]): (o.get("label_lv", ""), o.get("label_en", ""))
                           for o in q.get("options") or []})
            for q in raw["questions"]}


def items() -> dict[str, Item]:
    """Every item by id. Raises FileNotFoundError when the shared folder has no questionnaire."""
    return _load(get_settings().shared_dir / "seed-data" / "questionnaire.yaml")
