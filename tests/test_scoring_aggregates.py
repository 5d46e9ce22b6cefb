"""Log-weighted aggregates (seed L10123-10187), zero and missing counts, groups, derived statistics."""

from __future__ import annotations

import math

from scoring import statistics as stats
from scoring.aggregates import Member, aggregates, log_shares, log_weight


def _level(value):
    return None if value is None else 1


def test_each_variable_is_an_ln_weighted_sum_and_the_aggregate_their_mean():
    a = Member("a", "S1", False, 80.0, documents=math.e ** 4, services=math.e ** 1, employees=math.e ** 2)
    b = Member("b", "S1", False, 40.0, documents=math.e ** 1, services=math.e ** 3, employees=math.e ** 2)
    national = aggregates([a, b], _level)["national"]
    assert math.isclose(national["by_documents"], 80 * 4 / 5 + 40 * 1 / 5)       # 72
    assert math.isclose(national["by_services"], 80 * 1 / 4 + 40 * 3 / 4)        # 50
    assert math.isclose(national["by_employees"], 60.0)
    assert math.isclose(national["e_index"], (72 + 50 + 60) / 3)
    assert national["weighting"] == "log_shares"


def test_zero_and_missing_counts_get_no_weight():
    # ln 0 is undefined and ln 1 = 0: neither count weighs; a missing count weighs nothing either
    assert log_weight(0) == 0.0 and log_weight(1) == 0.0 and log_weight(None) == 0.0
    assert log_shares([0, None, math.e ** 2, math.e ** 2]) == [0.0, 0.0, 0.5, 0.5]
    a = Member("a", None, False, 90.0, documents=0, services=None, employees=math.e)
    b = Member("b", None, False, 30.0, documents=math.e, services=None, employees=math.e)
    national = aggregates([a, b], _level)["national"]
    assert national["by_documents"] == 30.0                # a has no document weight
    assert national["by_services"] is None                 # nobody has a service count: left out
    assert national["by_employees"] == 60.0
    assert national["e_index"] == 45.0                     # mean of the two usable variables


def test_without_any_counts_the_aggregate_is_the_plain_mean():
    members = [Member("a", None, False, 90.0), Member("b", None, False, 30.0)]
    national = aggregates(members, _level)["national"]
    assert national["e_index"] == 60.0 and national["weighting"] == "unweighted_mean"


def test_ministries_and_institutions_use_their_own_denominators():
    m = Member("m", "S", True, 50.0, math.e ** 2, math.e ** 2, math.e ** 2)
    i1 = Member("i1", "S", False, 20.0, math.e ** 1, math.e ** 1, math.e ** 1)
    i2 = Member("i2", "T", False, 80.0, math.e ** 3, math.e ** 3, math.e ** 3)
    out = aggregates([m, i1, i2], _level)
    assert out["ministries"]["e_index"] == 50.0
    assert math.isclose(out["institutions"]["e_index"], 20 * 1 / 4 + 80 * 3 / 4)
    assert math.isclose(out["national"]["e_index"], (50 * 2 + 20 * 1 + 80 * 3) / 6)
    assert math.isclose(out["sectors"]["S"]["e_index"], (50 * 2 + 20 * 1) / 3)
    assert out["sectors"]["T"]["institutions"] == 1


def _entry(i, e, sector="S", **s):
    return {"id": f"i{i}", "name": f"Institution {i}", "sector": sector, "e_index": e,
            "themes": {"communication": {"index": e}}, "statistics": s}


def test_quintile_segments():
    entries = [_entry(i, 50.0, services=float(i)) for i in range(1, 11)] + [_entry(11, 50.0)]
    seg = stats.segments(entries)["services"]
    # inclusive quantiles of 1..10: 2.8, 4.6, 6.4, 8.2 → two institutions per quintile
    assert [round(b, 1) for b in seg["bounds"]] == [2.8, 4.6, 6.4, 8.2]
    assert seg["counts"] == [2, 2, 2, 2, 2] and seg["missing"] == 1


def test_rankings_top_15_change_and_amplitude():
    entries = [_entry(i, float(i), sector="A" if i % 2 else "B") for i in range(1, 21)]
    top = stats.ranking(entries)
    assert len(top) == 15 and top[0]["id"] == "i20" and top[-1]["id"] == "i6"
    assert stats.rankings(entries, ["communication"])["communication"][0]["index"] == 20.0
    assert stats.change_pp({"e_index": 44.55, "x": None}, {"e_index": 36.5}) == {"e_index": 44.55 - 36.5}
    amp = stats.amplitude(entries)
    assert amp["A"] == {"amplitude": 18.0, "highest": "i19", "lowest": "i1", "institutions": 10}


def test_ranking_ties_go_by_name_then_input_order():
    # the module's rule: descending index, ties by name; equal index and name keep the order they came
    # in (a stable sort); institutions without the index are left out
    entries = [{"id": "x", "name": "Beta", "e_index": 50.0, "themes": {}},
               {"id": "y", "name": "Alfa", "e_index": 50.0, "themes": {}},
               {"id": "z", "name": "Alfa", "e_index": 50.0, "themes": {}},
               {"id": "w", "name": "Ceta", "e_index": 70.0, "themes": {}},
               {"id": "v", "name": "Dora", "e_index": None, "themes": {}}]
    assert [(r["rank"], r["id"], r["index"]) for r in stats.ranking(entries, top=3)] == [
        (1, "w", 70.0), (2, "y", 50.0), (3, "z", 50.0)]
    assert stats.ranking(entries, "communication") == [] and stats.ranking(entries, top=0) == []
    assert [r["id"] for r in stats.ranking(entries, top=2)] == ["w", "y"]
