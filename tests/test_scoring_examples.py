"""Every worked example of the seed, reproduced as printed with the seed's own rounding."""

from __future__ import annotations

import math

import yaml

from scoring.aggregates import Member, aggregates, log_shares, log_weight
from scoring.answers import Answer, parse_value
from scoring.engine import InstitutionData, ThemeScore, effective_weights, score_institution
from scoring.methodology import DIR, load, parse


def _answers(values: dict[str, str], source: str = "self_assessment") -> dict[str, Answer]:
    return {k: Answer(k, parse_value(v), source) for k, v in values.items()}


def one_theme_of_106(raw: dict) -> dict:
    """``raw`` methodology with one theme "t" of 106 points: questions Q0–Q4 worth 25, 25, 25, 25, 6 for
    option "1" (at most 10 for "2", 0 for "3"), so answers 1, 1, 1, 2, 3 earn 85 (seed L10084-10088)."""
    raw["themes"] = {"t": {"name_lv": "t", "weight": 100, "max_points": 106,
                           "sub_indicators": {"s": {"max_points": 106}}}}
    raw["exclusion"]["required_themes"] = []
    raw["questions"] = {f"Q{n}": {"theme": "t", "sub_indicator": "s", "kind": "value",
                                  "points": {"1": top, "2": min(top, 10), "3": 0}}
                        for n, top in enumerate([25, 25, 25, 25, 6])}
    return raw


def test_theme_index_85_of_106_is_0_8018_and_80_percent():
    # seed L10084-10088: "iegūts skaitlis 85. To dalot ar 106 rezultāts veidojas 0,8018 jeb 80%"
    method = parse(yaml.safe_dump(one_theme_of_106(yaml.safe_load((DIR / "2019.yaml").read_text(encoding="utf-8"))),
                                  allow_unicode=True))
    result = score_institution(method, _answers({"Q0": "1", "Q1": "1", "Q2": "1", "Q3": "2", "Q4": "3"}))
    theme = result.themes["t"]
    assert (theme.points, theme.max_points) == (85, 106)
    # 85 / 106 = 0.801886…: the printed 0,8018 is cut after 4 decimals (rounding gives 0.8019), while
    # the seed rounds its other examples (ln 83892 = 11.337… → 11,34; 2.8586 % → 2,86 %).
    assert math.floor(theme.index / 100 * 10**4) / 10**4 == 0.8018
    assert round(theme.index / 100, 4) == 0.8019
    assert round(theme.index) == 80
    assert result.e_index == theme.index


def test_weights_without_services_are_22_2_and_33_3():
    # seed L10110-10120: 22.2 %, 22.2 %, 22.2 %, 33,3 %, together 100 %
    method = load("2019")
    themes = {k: ThemeScore(50.0, 3, k != "services", 1.0, 1.0, 100.0) for k in method.themes}
    weights = effective_weights(method, themes)
    assert {k: round(w, 1) for k, w in weights.items()} == {
        "communication": 22.2, "customer_service": 22.2, "open_data": 22.2, "internal_processes": 33.3}
    assert math.isclose(sum(weights.values()), 100.0)


def test_standard_weights_when_every_theme_applies():
    method = load("2019")
    themes = {k: ThemeScore(50.0, 3, True, 1.0, 1.0, 100.0) for k in method.themes}
    assert effective_weights(method, themes) == {
        "communication": 12, "customer_service": 12, "open_data": 12, "services": 46,
        "internal_processes": 18}


def test_log_share_of_83892_documents():
    # seed L10141-10159: ln(83892) = 11,34; / 734,91 = 0,0154, jeb 1,54 %
    ln = log_weight(83892)
    assert round(ln, 2) == 11.34
    assert round(round(ln, 2) / 734.91, 4) == 0.0154
    assert round(round(ln, 2) / 734.91 * 100, 2) == 1.54


def test_arithmetic_share_is_0_0286_so_the_printed_0_00286_is_a_misprint():
    # seed L10145-10149 print "0,00286, jeb 2,86%": 83892 / 2934730 is 0.0286 (2.86 %), not 0.00286
    share = 83892 / 2934730
    assert round(share, 4) == 0.0286
    assert round(share * 100, 2) == 2.86
    assert round(share, 5) != 0.00286


def test_the_example_institution_in_a_group_whose_ln_sum_is_734_91():
    # The same worked example through the aggregate: an institution with e-index 81.81 and 83,892
    # documents among others whose ln-sum brings the total to 734.91 has the printed 1.54 % weight.
    others = math.exp((734.91 - math.log(83892)) / 64)   # 64 equal others: Σ ln = 734.91
    counts = [83892] + [others] * 64
    shares = log_shares(counts)
    assert round(sum(math.log(c) for c in counts), 2) == 734.91
    assert round(shares[0], 4) == 0.0154
    members = [Member("x", None, False, 81.81, 83892)] + [Member(f"o{n}", None, False, 40.0, others)
                                                          for n in range(64)]
    by_documents = aggregates(members, lambda v: None)["national"]["by_documents"]
    assert math.isclose(by_documents, 81.81 * shares[0] + 40.0 * (1 - shares[0]))


def test_machine_readable_invoice_share_formula():
    # seed L10047-10066: DOC.R.2 / DOC.R.1 × 5 (printed id "DOC.SR.2", a misprint for DOC.R.2)
    method = load("2019")
    result = score_institution(method, _answers({"DOC.R.1": "200", "DOC.R.2": "150"}))
    q = result.questions["DOC.R.2"]
    assert (q.points, q.max_points) == (3.75, 5)


def test_national_44_55_is_level_2_and_the_best_73_2_is_level_3():
    # seed L3951 (44.55 → level 2), L4055 (73.2 % is the best; nobody reached level 4), L3967-3979
    method = load("2019")
    assert method.maturity(44.55) == 2
    assert method.maturity(73.2) == 3
    assert method.maturity(54.7) == 3


def test_a_seed_institution_without_services_uses_the_re_normalised_weights():
    method = load("2019")
    answers = _answers({"F14": "1", "A00J": "1", "D10": "1", "P1001": "4", "V00J": "50", "P52": "0"})
    result = score_institution(method, InstitutionData(answers))
    assert result.themes["services"].applies is False
    themes = result.themes
    expected = sum(themes[k].index * w for k, w in
                   {"communication": 12 / 54, "customer_service": 12 / 54, "open_data": 12 / 54,
                    "internal_processes": 18 / 54}.items())
    assert math.isclose(result.e_index, expected)
