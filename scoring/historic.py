"""The seed's published 2019 results as **historic** answers (registry ``historic:`` block).

Per ``shared/seed-data/demo-registry.yaml``: institutions get ids ``lv-2019-<no>``; M16J ← the WCAG
group (wcag_groups_2019.csv); M17J ← "1" when listed in mobile_friendly_2019.csv, else "2", except the
five sites the experts could not open (seed footnote 16, L1779–1783), which get no answer; P52 / P53 ←
the institution totals of service_statistics_2018.csv (service_id "all").
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

# Seed footnote 16 (L1779–1783): websites unavailable to the experts.
UNAVAILABLE_TO_EXPERTS = frozenset({
    "Izglītības kvalitātes valsts dienests",
    "Valsts tiesu medicīnas ekspertīzes centrs",
    "Iepirkumu uzraudzības birojs",
    "Latvijas standarts, SIA",
    'Valsts SIA "Latvijas Vides, ģeoloģijas un meteoroloģijas centrs"',
})


@dataclass(frozen=True)
class HistoricInstitution:
    """An institution of the seed's Table 11 (L5743–6068)."""

    id: str
    name: str
    sector: str
    is_ministry: bool
    included: bool


@dataclass(frozen=True)
class HistoricAnswer:
    """One historic answer: (institution id, question id, service id or "", value)."""

    institution_id: str
    question_id: str
    service_id: str
    value: str


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_institutions(seed_data: Path) -> list[HistoricInstitution]:
    """The 94 institutions of institutions.csv."""
    return [HistoricInstitution(f"lv-2019-{r['no']}", r["name"], r["sector"], r["is_ministry"] == "true",
                                r["e_index_status"] == "Iekļauts")
            for r in _rows(seed_data / "institutions.csv")]


def load_answers(seed_data: Path) -> list[HistoricAnswer]:
    """Historic answers for 2019 from the seed's tables. Raises KeyError for a name that is not in
    institutions.csv (the files are joined by exact name)."""
    ids = {i.name: i.id for i in load_institutions(seed_data)}
    answers = [HistoricAnswer(ids[r["name"]], "M16J", "", r["group_code"])
               for r in _rows(seed_data / "wcag_groups_2019.csv")]
    mobile = {r["name"] for r in _rows(seed_data / "mobile_friendly_2019.csv")}
    for name, inst_id in ids.items():
        if name in mobile:
            answers.append(HistoricAnswer(inst_id, "M17J", "", "1"))
        elif name not in UNAVAILABLE_TO_EXPERTS:
            answers.append(HistoricAnswer(inst_id, "M17J", "", "2"))
    for r in _rows(seed_data / "service_statistics_2018.csv"):
        for qid, col in (("P52", "applications_received"), ("P53", "results_issued")):
            if r[col] != "":
                answers.append(HistoricAnswer(ids[r["name"]], qid, "all", r[col]))
    return answers
