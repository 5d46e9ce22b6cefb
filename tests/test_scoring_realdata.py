"""The seed's own data, recomputed: electronisation levels (Table 4 vs the appendix, Table 5 document
shares, the Figure 4 bands) and the distribution of the 94 institutions over the WCAG groups."""

from __future__ import annotations

import csv
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal

import pytest

from scoring.services import electronization
from store.settings import get_settings

SEED = get_settings().shared_dir / "seed-data"


def _rows(name: str) -> list[dict]:
    with open(SEED / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _half_up(value: str) -> int:
    return int(Decimal(value).quantize(Decimal("1"), ROUND_HALF_UP))


def test_table4_levels_are_the_appendix_levels_rounded():
    # Table 4 (L2908-2990) prints whole percents; the appendix (L9250-9947) one decimal: all 10 agree
    rows = [r for r in _rows("service_statistics_2018.csv") if r["table4_no"]]
    assert len(rows) == 10
    assert [(_half_up(r["electronization_level_pct"])) for r in rows] == \
        [int(r["table4_electronization_level_pct"]) for r in rows]


def test_document_electronization_from_table5():
    # Table 5 (L3699-3713): received + sent electronic / received + sent = 42.0 % (institutions 41.5 %,
    # ministries 54.8 %), the shares printed beside it
    t5 = {r["metric_id"]: r for r in _rows("document_statistics_2018.csv")}
    for col, printed in (("total", 42.0), ("institutions", 41.5), ("ministries", 54.8)):
        keys = ("documents_received", "documents_sent", "documents_received_electronic",
                "documents_sent_electronic")
        counts = {k: float(t5[k][col]) for k in keys}
        level = electronization(counts, ["documents_received_electronic", "documents_sent_electronic"],
                                ["documents_received", "documents_sent"])
        assert round(level, 1) == printed == float(t5["share_electronic_total_pct"][col])


def _band(value: str) -> str:
    if value == "" or _half_up(value) == 0:
        return "0 or no answer"
    pct = _half_up(value)
    return "1-31" if pct <= 31 else "32-58" if pct <= 58 else "59-97" if pct <= 97 else "98-100"


def test_electronization_bands_of_figure_4_recomputed():
    # Figure 4 (L807-829) prints 39 / 13 / 17 / 15 / 16 % of institutions per band. Recomputed from the
    # appendix levels of the 94 institutions: 38 / 16 / 14 / 13 / 13 institutions = 40 / 17 / 15 / 14 / 14 %.
    # The bands differ by 1-4 points: the figure's base (respondents answering the statistics) is not the
    # appendix's 94 rows, which the seed does not explain.
    counts = Counter(_band(r["electronization_level_pct"]) for r in _rows("service_statistics_2018.csv"))
    assert counts == {"0 or no answer": 38, "1-31": 16, "32-58": 14, "59-97": 13, "98-100": 13}
    shares = {k: round(v / 94 * 100) for k, v in counts.items()}
    printed = {"0 or no answer": 39, "1-31": 13, "32-58": 17, "59-97": 15, "98-100": 16}
    assert shares == {"0 or no answer": 40, "1-31": 17, "32-58": 15, "59-97": 14, "98-100": 14}
    assert max(abs(shares[k] - printed[k]) for k in printed) == 4


def test_filtered_appendix_totals_match_the_text_without_lvrtc():
    # methodology.md §7: the appendix sums to 33.58 M / 26.68 M; without VAS LVRTC (7.28 M each) the
    # text's 26.2 M applications and 19.3 M results (L2762-2772)
    rows = _rows("service_statistics_2018.csv")
    apps = sum(int(r["applications_received"] or 0) for r in rows)
    results = sum(int(r["results_issued"] or 0) for r in rows)
    assert (round(apps / 1e6, 2), round(results / 1e6, 2)) == (33.58, 26.68)
    lvrtc = next(r for r in rows if "radio un televīzijas" in r["name"])
    assert round((apps - int(lvrtc["applications_received"])) / 1e6, 1) == pytest.approx(26.3)
    assert round((results - int(lvrtc["results_issued"])) / 1e6, 1) == pytest.approx(19.4)


def test_wcag_group_distribution_of_the_94_institutions():
    # Appendix list L8490-8740: 13 (>95 %), 37 (85-95 %), 36 (70-84.99 %), 8 (<70 % or not assessable)
    rows = _rows("wcag_groups_2019.csv")
    assert len(rows) == 94
    assert Counter(int(r["group_code"]) for r in rows) == {1: 13, 2: 37, 3: 36, 4: 8}
    labels = {int(r["group_code"]): r["group_label"] for r in rows}
    assert ">95%" in labels[1] and "85" in labels[2] and "70" in labels[3]
