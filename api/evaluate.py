"""``eindex evaluate``: precision and recall of the detections against expert labels, per item and
option (DESIGN.md, "Command-line contract"; output ``contract/evaluate.schema.json``).

Label file (YAML)::

    sites:
      <id>:
        url: <declared URL>
        exclude: [<glob>, …]          # optional, as for ``eindex audit``
        social: [<account URL>, …]     # optional declared accounts (K11M_* subjects)
        items: {"M08.7": true, "M09": "2", "M12": ["1", "2"], "K11M_C@https://www.facebook.com/x": "1"}

A labelled single-choice or list item fixes all its options (unlisted options are false); "ITEM.OPT"
fixes one option; unlabelled items are not scored. Counting: ``detected`` on a true label is TP, on a
false one FP; ``not_detected`` on a true label FN, on a false one TN; ``needs_review`` and ``error`` are
neither, counted apart, and on a true label lower recall: recall = TP / (TP + FN + review on positives).
A missing detection counts as not detected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from checks.detection import Detection

# Option codes per item: DESIGN.md, "Detections: one encoding for every item".
ITEM_OPTIONS: dict[str, list[str]] = {
    "M08": [str(i) for i in range(1, 9)],
    "M06": ["1", "2", "3"],
    "M07": [str(i) for i in range(1, 7)],
    "M09": ["1", "2", "3"],
    "M11": ["1", "2"],
    "M12": ["1", "2", "99"],
    "M13": ["1", "2", "3"],
    "M16J": ["1", "2", "3", "4"],
    "M17J": ["1", "2"],
    "K11M_A": ["1", "2"],
    "K11M_B": ["1", "2"],
    "K11M_C": ["1", "2"],
    "E18_01": ["1", "2"],
    "E18_03": ["1", "2"],
}

Key = tuple[str, str, str]  # (item, option, subject or "")


class LabelError(ValueError):
    """The label file is unreadable or breaks the format (exit code 2)."""


@dataclass
class LabelledSite:
    """One labelled site: its id, declared URL, excludes, declared social accounts and option truths."""

    id: str
    url: str
    exclude: list[str] = field(default_factory=list)
    social: list[str] = field(default_factory=list)
    truth: dict[Key, bool] = field(default_factory=dict)


def _codes(value) -> set[str]:
    if isinstance(value, list):
        return {str(v) for v in value}
    return {str(value)}


def _truths(item_key: str, value) -> dict[Key, bool]:
    item, _, subject = item_key.partition("@")
    item, dot, option = item.partition(".")
    if item not in ITEM_OPTIONS:
        raise LabelError(f"unknown item {item!r} in label {item_key!r}")
    if dot:
        if option not in ITEM_OPTIONS[item] or not isinstance(value, bool):
            raise LabelError(f"label {item_key!r} wants a known option and true/false")
        return {(item, option, subject): value}
    chosen = _codes(value)
    if not chosen <= set(ITEM_OPTIONS[item]):
        raise LabelError(f"label {item_key!r}: options {sorted(chosen)} not in {ITEM_OPTIONS[item]}")
    return {(item, o, subject): o in chosen for o in ITEM_OPTIONS[item]}


def load_labels(path: Path) -> list[LabelledSite]:
    """Parse a label file. Raises LabelError (unreadable file, bad YAML, bad items)."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise LabelError(f"cannot read labels {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sites"), dict):
        raise LabelError("label file wants a top-level 'sites' mapping")
    out = []
    for site_id, entry in data["sites"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            raise LabelError(f"site {site_id!r} wants a 'url'")
        truth: dict[Key, bool] = {}
        for key, value in (entry.get("items") or {}).items():
            truth.update(_truths(str(key), value))
        subjects = [k[2] for k in truth if k[2]]
        social = list(dict.fromkeys([*(entry.get("social") or []), *subjects]))
        out.append(LabelledSite(str(site_id), entry["url"], list(entry.get("exclude") or []), social, truth))
    return out


@dataclass
class Tally:
    """Counts of one item option over the labelled sites."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    needs_review: int = 0
    review_positive: int = 0

    def to_dict(self) -> dict:
        """evaluate.schema.json's per-option entry; precision/recall None when undefined."""
        decided = self.tp + self.fp
        relevant = self.tp + self.fn + self.review_positive
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "needs_review": self.needs_review,
            "precision": self.tp / decided if decided else None,
            "recall": self.tp / relevant if relevant else None,
        }


def _label(key: Key) -> str:
    return f"{key[0]}.{key[1]}" + (f"@{key[2]}" if key[2] else "")


def score(sites: list[LabelledSite], detections: dict[str, list[Detection]]) -> dict:
    """The evaluate output for labelled sites and their detections (by site id)."""
    tallies: dict[str, Tally] = {}
    misses: list[str] = []
    for site in sites:
        found = {d.key: d for d in detections.get(site.id, [])}
        for key, truth in sorted(site.truth.items()):
            tally = tallies.setdefault(f"{key[0]}.{key[1]}", Tally())
            det = found.get(key)
            if det is not None and det.status in ("needs_review", "error"):
                tally.needs_review += 1
                tally.review_positive += truth
                if truth or det.status == "error":
                    misses.append(f"{site.id} {_label(key)}: label {truth}, {det.status} ({det.reason})")
                continue
            said = bool(det is not None and det.status == "detected" and det.value)
            if said and truth:
                tally.tp += 1
            elif said:
                tally.fp += 1
            elif truth:
                tally.fn += 1
            else:
                tally.tn += 1
            if said != truth:
                why = det.reason if det is not None else "no detection"
                misses.append(f"{site.id} {_label(key)}: label {truth}, detected {said} ({why})")
    return {
        "sites": len(sites),
        "items": {k: t.to_dict() for k, t in sorted(tallies.items())},
        "misses": misses,
    }


def below(result: dict, ratio: float) -> list[str]:
    """Item options whose precision or recall is below ``ratio`` (for ``--fail-under``)."""
    return [
        k
        for k, v in result["items"].items()
        if any(v[m] is not None and v[m] < ratio for m in ("precision", "recall"))
    ]
