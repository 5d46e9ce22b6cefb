"""Engine rules: filters recorded and applied, source precedence, no_data, exclusion, per-service means,
service statistics left out (filtered list, channel sums), option filters, formula edge cases."""

from __future__ import annotations

import math

import pytest

from checks.detection import Detection
from scoring.answers import Answer, effective, from_detections, parse_value
from scoring.engine import InstitutionData, score_institution
from scoring.methodology import DIR, load, parse


@pytest.fixture(scope="module")
def method():
    return load("2019")


def _data(values: dict[str, str], services=None, is_ministry=False,
          source="self_assessment") -> InstitutionData:
    answers = {k: Answer(k, parse_value(v), source) for k, v in values.items()}
    return InstitutionData(answers, services or {}, is_ministry)


def test_filter_not_met_scores_zero_and_is_recorded(method):
    # F14 = 3 (only planning a standard): P1020 is not asked (filter "F14 in (1, 2)") → 0 of its 5 points
    result = score_institution(method, _data({"F14": "3", "P1020": "1"}))
    assert result.filters["P1020"] == "not_met"
    q = result.questions["P1020"]
    assert (q.points, q.max_points) == (0.0, 5.0)
    # customer service: F14 3 points; P1020 (5), P1012 (7), P1013 (5) unasked count 0 of their max
    theme = result.themes["customer_service"]
    assert theme.points == 3.0 and theme.max_points == 83.0


def test_filter_not_met_can_make_a_question_not_applicable(method):
    # F21 is asked only of institutions with branches (D61J == 1); without branches it leaves the max
    result = score_institution(method, _data({"D61J": "2", "P1028": "1"}))
    assert result.filters["F21"] == "not_met"
    assert result.questions["F21"].max_points == 0.0


def test_filter_unknown_is_recorded_and_the_answer_scores(method):
    result = score_institution(method, _data({"P1017": "1"}))     # F07M not answered
    assert result.filters["P1017"] == "unknown"
    assert result.questions["P1017"].points == 6.0


def test_three_valued_or_in_a_filter(method):
    # K01M: "V00J > 10 or D61J == 1" - met by branches even when the head count is unknown
    result = score_institution(method, _data({"D61J": "1", "K01M": "1"}))
    assert result.filters["K01M"] == "met" and result.questions["K01M"].points == 3.0
    result = score_institution(method, _data({"V00J": "5", "D61J": "2", "K01M": "1"}))
    assert result.filters["K01M"] == "not_met" and result.questions["K01M"].max_points == 0.0


def test_option_4_of_m08_is_for_ministries_only(method):
    # questionnaire: M08 option 4 (front page by areas of activity) is asked of ministries only
    options = "1;2;3;4;5;6;7;8"
    other = score_institution(method, _data({"M08": options}, source="detection")).questions["M08"]
    ministry = score_institution(method, _data({"M08": options}, is_ministry=True, source="detection"))
    assert (other.points, other.max_points) == (14.0, 14.0)
    assert (ministry.questions["M08"].points, ministry.questions["M08"].max_points) == (16.0, 16.0)


def test_value_kind_takes_the_best_option_and_sum_adds(method):
    result = score_institution(method, _data({"M16J": "2;3", "P1001": "1;4"}, source="historic"))
    assert result.questions["M16J"].points == 10.0          # "Maksimālais": best of 10 and 5
    assert result.questions["P1001"].points == 5.0          # 2 + 3


def test_not_applicable_option_removes_the_question(method):
    result = score_institution(method, _data({"F33": "4"}))   # no customer-service centres
    assert result.questions["F33"].max_points == 0.0


def test_themes_without_answers_are_no_data_and_left_out(method):
    result = score_institution(method, _data({"M16J": "1", "M17J": "1"}, source="historic"))
    assert result.themes["communication"].applies is True
    for tid in ("customer_service", "open_data", "internal_processes"):
        assert result.themes[tid].applies == "no_data"
    # only communication has data: the e-index is its index, 25 of 92 points
    assert math.isclose(result.e_index, 25 / 92 * 100)
    assert result.provisional


def test_formula_zero_denominator_and_data_not_available(method):
    zero = score_institution(method, _data({"DOC.R.1": "0", "DOC.R.2": "0"})).questions["DOC.R.2"]
    assert (zero.points, zero.max_points) == (0.0, 0.0)            # on_zero_denominator: not_applicable
    na = score_institution(method, _data({"DOC.R.1": "100", "DOC.R.2": "NA"})).questions["DOC.R.2"]
    assert (na.points, na.max_points) == (0.0, 5.0)                # on_missing: zero
    absent = score_institution(method, _data({"DOC.R.1": "100"})).questions["DOC.R.2"]
    assert absent.source == "none"
    capped = score_institution(method, _data({"DOC.R.1": "10", "DOC.R.2": "20"})).questions["DOC.R.2"]
    assert capped.points == 5.0                                    # clamped to the maximum


def _service(apps, e_apps, results, e_results, **extra):
    return {"P52": str(apps), "P52_K": str(apps - e_apps), "P52_T": "0", "P52_P": "0", "P52_E": str(e_apps),
            "P53": str(results), "P53_K": str(results - e_results), "P53_T": "0", "P53_P": "0",
            "P53_E": str(e_results), **extra}


def test_service_electronization_leaves_out_filtered_and_inconsistent_services(method):
    services = {
        "s1": _service(100, 50, 100, 30, P12M="1;2"),
        "Oficiālā statistika": _service(10_000, 10_000, 10_000, 10_000),   # appendix 6.10: filtered out
        "s3": {**_service(100, 100, 100, 100), "P52": "150"},          # P52 ≠ channel sum: stage left out
    }
    result = score_institution(method, _data({"F14": "1"}, services))
    stats = result.statistics
    # counted: s1 both stages, s3 results only → (50 + 30 + 100) / (100 + 100 + 100)
    assert math.isclose(stats["service_electronization_pct"], 180 / 300 * 100)
    assert stats["services_filtered_out"] == 1 and stats["service_stages_incomplete"] == 1
    assert math.isclose(result.questions["P52_E"].points, 180 / 300 * 20)
    assert stats["services"] == 3


def test_per_service_questions_are_averaged(method):
    services = {"a": {"P12M": "1;2"}, "b": {"P12M": "0"}, "c": {"P12M": "1", "P33M": "3"}}
    result = score_institution(method, _data({"F14": "1"}, services))
    assert math.isclose(result.questions["P12M"].points, (10 + 0 + 5) / 3)
    # P33M is asked when P12M == 1: service c answered "not applicable", a did not answer
    assert result.questions["P33M"].max_points == 0.0


def test_exclusion_when_a_required_theme_is_empty(method):
    result = score_institution(method, _data({"F14": "1", "A00J": "1", "D10": "1"}))
    assert result.excluded_reason and "services" in result.excluded_reason
    complete = _data({"F14": "1", "A00J": "1", "D10": "1", "P01": "2"})
    assert score_institution(method, complete).excluded_reason is None


def test_no_self_assessment_means_no_exclusion(method):
    result = score_institution(method, _data({"M16J": "1"}, source="historic"))
    assert result.excluded_reason is None


def test_precedence_override_detection_self_historic():
    detected = Answer("M11", frozenset({"1"}), "detection", frozenset({"1", "2"}))
    assert effective("M11", {"M11": "2"}, detected, {"M11": "2"}, {}).source == "override"
    assert effective("M11", {}, detected, {"M11": "2"}, {"M11": "2"}).source == "detection"
    assert effective("M11", {}, None, {"M11": "2"}, {"M11": "1"}).source == "self_assessment"
    assert effective("M11", {}, None, {}, {"M11": "1"}).source == "historic"
    assert effective("M11", {}, None, {}, {}).source == "none"


def test_undecided_detections_never_decide_but_mark_pending(method):
    review = Detection("M11", "1", None, "needs_review", 0.5, reason="unsure")
    detected = from_detections("M11", [[review]])
    answer = effective("M11", {}, detected, {"M11": "2"}, {})
    assert answer.source == "self_assessment" and answer.pending
    result = score_institution(method, InstitutionData({"M11": answer}))
    assert result.pending == ["M11"] and result.sources["M11"] == "self_assessment"


def test_aggregate_counts_come_from_answers_else_the_registry(method):
    data = _data({"DOC.S.1": "100", "DOC.N.1": "50", "F14": "1"})
    data.counts = {"employees": 120.0, "documents": 9.0}
    stats = score_institution(method, data).statistics
    assert (stats["documents"], stats["employees"], stats["services"]) == (150.0, 120.0, 0.0)


def test_coverage_counts_only_the_options_a_gate_leaves_open(method):
    # M08 from detections with option 3 under review: options 1, 2, 4-8 are known. For a non-ministry
    # option 4 is closed (max 7 × 2 = 14), so the known points are those of 1, 2, 5, 6, 7, 8: 12, not 14
    known = frozenset({"1", "2", "4", "5", "6", "7", "8"})
    answers = {"M08": Answer("M08", frozenset({"1", "2"}), "detection", known)}
    other = score_institution(method, InstitutionData(answers)).questions["M08"]
    assert (other.points, other.max_points, other.known) == (4.0, 14.0, 12.0)
    ministry = score_institution(method, InstitutionData(answers, is_ministry=True)).questions["M08"]
    assert (ministry.points, ministry.max_points, ministry.known) == (4.0, 16.0, 14.0)


def test_a_formula_fed_by_the_service_rows_has_the_self_assessment_among_its_sources(method):
    # P52_E = (P52_E + P53_E) / (P52 + P53) × 20: P52 and P53 are historic institution totals (200 each),
    # P52_E and P53_E come only from the self-assessment's service rows (50 and 30): the strongest source
    # among the inputs is the self-assessment, not the historic answers
    answers = {k: Answer(k, frozenset({"200"}), "historic") for k in ("P52", "P53")}
    result = score_institution(method, InstitutionData(answers, {"s1": _service(100, 50, 100, 30)}))
    q = result.questions["P52_E"]
    assert math.isclose(q.points, (50 + 30) / (200 + 200) * 20) and q.source == "self_assessment"


def test_a_per_service_option_gate_reads_the_services_own_answer():
    # P21M with its option 1 (6 points) gated on "P52 > 0": each service's own P52 opens or closes the
    # gate, as a per-service question filter does: service a (P52 0) earns 0, b (P52 10) earns 6 → mean 3
    text = (DIR / "2019.yaml").read_text(encoding="utf-8")
    old = '    filter: "P12M != 0"\n    when_filter_not_met: zero\n    points: {"1": 6, "2": 2, "99": 1}\n'
    assert text.count(old) == 1
    method = parse(text.replace(old, old + '    option_filters: {"1": "P52 > 0"}\n'))
    services = {"a": {"P12M": "1", "P21M": "1", "P52": "0"}, "b": {"P12M": "1", "P21M": "1", "P52": "10"}}
    result = score_institution(method, _data({"F14": "1"}, services))
    assert result.questions["P21M"].points == 3.0
