"""The 2019 methodology file: schema checks on load, the seed's printed maxima and weights, coverage of
every scored questionnaire item, filters as in the questionnaire."""

from __future__ import annotations

import pytest
import yaml

from scoring.answers import Answer, parse_value
from scoring.engine import score_institution
from scoring.methodology import DIR, MethodologyError, for_year, load, parse
from store.settings import get_settings
from tests.test_scoring_examples import one_theme_of_106

QUESTIONNAIRE = get_settings().shared_dir / "seed-data" / "questionnaire.yaml"


@pytest.fixture(scope="module")
def method():
    return load("2019")


@pytest.fixture(scope="module")
def questionnaire():
    return {q["id"]: q for q in yaml.safe_load(QUESTIONNAIRE.read_text(encoding="utf-8"))["questions"]}


def test_printed_theme_and_sub_indicator_maxima(method):
    # seed L4439-4481, L4730-4766, L5157-5181
    cs = method.themes["customer_service"]
    assert cs.max_points == 83
    assert [s.max_points for s in cs.sub_indicators.values()] == [17, 17, 17, 12, 7, 13]
    od = method.themes["open_data"]
    assert od.max_points == 84
    assert [s.max_points for s in od.sub_indicators.values()] == [19, 30, 25, 10]
    ip = method.themes["internal_processes"]
    assert ip.max_points == 85
    assert [s.max_points for s in ip.sub_indicators.values()] == [47, 18, 20]
    for tid in ("customer_service", "open_data", "internal_processes"):
        assert not method.themes[tid].assumed
    for tid in ("communication", "services"):
        assert method.themes[tid].assumed and method.themes[tid].reason


def test_weights_are_the_seeds(method):
    # seed L10090-10102
    assert {k: t.weight for k, t in method.themes.items()} == {
        "communication": 12, "customer_service": 12, "open_data": 12, "services": 46,
        "internal_processes": 18}


def test_inconsistencies_are_noted_not_hidden(method):
    ids = {i["id"] for i in method.inconsistencies}
    assert {"customer_service_max", "internal_processes_max", "formula_id", "arithmetic_share"} <= ids


def test_every_scored_questionnaire_item_is_configured(method, questionnaire):
    covered = set(method.questions) | set(method.unscored)
    for q in method.questions.values():
        covered |= set(q.rows)
        if q.compiled_formula:
            covered |= q.compiled_formula.names
    for total, channels in method.service_statistics.channel_sums.items():
        covered |= {total, *channels}
    for formula in method.aggregates.compiled.values():
        covered |= formula.names
    themed = {qid for qid, q in questionnaire.items() if q.get("e_index_theme") and q["kind"] != "text"}
    assert themed - covered == set()
    assert set(method.questions) - set(questionnaire) == set()


def test_option_codes_exist_in_the_questionnaire(method, questionnaire):
    for q in method.questions.values():
        codes = {str(o["code"]) for o in questionnaire[q.id].get("options") or []}
        assert set(q.points) <= codes, q.id
        assert set(q.not_applicable_options) <= codes, q.id


def test_filters_match_the_questionnaire_unless_noted(method, questionnaire):
    for q in method.questions.values():
        printed = (questionnaire[q.id].get("filter") or {}).get("normalized")
        if q.filter_note:
            continue
        assert q.filter == printed, q.id


def test_every_assumption_has_its_reason(method):
    for q in method.questions.values():
        assert not q.assumed or q.reason
    assert method.maturity_bounds.assumed and method.maturity_bounds.reason


def test_the_seed_formula_is_configured_as_printed(method):
    q = method.questions["DOC.R.2"]
    assert q.kind == "formula" and q.formula == "DOC.R.2 / DOC.R.1 * 5" and q.max_points == 5
    assert q.compiled_formula.evaluate({"DOC.R.2": 30, "DOC.R.1": 60}) == 2.5


def test_for_year_falls_back_to_the_newest_earlier_file():
    assert for_year(2026).id == "2019"
    assert for_year(2019).id == "2019"


def _doc(**changes) -> str:
    raw = yaml.safe_load((DIR / "2019.yaml").read_text(encoding="utf-8"))
    for path, value in changes.items():
        node = raw
        *head, last = path.split("__")
        for key in head:
            node = node[key]
        if value is None:
            del node[last]
        else:
            node[last] = value
    return yaml.safe_dump(raw, allow_unicode=True)


@pytest.mark.parametrize("changes, message", [
    ({"questions__F14__points": {"1": 30, "2": 12, "3": 3, "4": 0}}, "outside 0-25"),
    ({"questions__F14__reason": None}, "needs a reason"),
    ({"questions__F14__points": {"1": 16, "2": 12, "3": 3, "4": 0}}, "sum of its questions"),
    ({"themes__open_data__max_points": 83}, "sum of its sub-indicators"),
    ({"questions__F14__kind": "maximum"}, "kind"),
    ({"questions__F14__colour": "red"}, "Extra inputs"),
    ({"questions__DOC.R.2__formula": "DOC.R.2 / "}, "DOC.R.2"),
    ({"questions__F14__filter": "__import__('os')"}, "unsupported"),
    ({"maturity__themes": {"e_services": [25, 50, 75, 90]}}, "maturity names unknown themes"),
    ({"maturity__themes": {"open_data": [50, 25, 75, 90]}}, "4 ascending values"),
    ({"maturity__themes": {"open_data": [25, 50, 75]}}, "4 ascending values"),
])
def test_bad_files_are_refused_with_the_reason(changes, message):
    with pytest.raises(MethodologyError, match=message):
        parse(_doc(**changes), "broken.yaml")


def test_a_missing_methodology_is_an_error():
    with pytest.raises(MethodologyError):
        load("1999")


def test_2019_keeps_the_default_maturity_bounds_for_every_theme(method):
    assert method.maturity_bounds.themes == {}
    assert method.maturity_bounds.assumed
    assert [method.maturity(75.0, t) for t in method.themes] == [4] * len(method.themes)


def test_a_theme_with_its_own_maturity_bounds_uses_them():
    # one theme of 106 points, 85 earned: index 85 / 106 = 80.19 % (seed L10084-10088)
    raw = one_theme_of_106(yaml.safe_load(_doc(maturity__themes={"t": [81, 82, 83, 84]})))
    method = parse(yaml.safe_dump(raw, allow_unicode=True))
    answers = {k: Answer(k, parse_value(v), "self_assessment")
               for k, v in {"Q0": "1", "Q1": "1", "Q2": "1", "Q3": "2", "Q4": "3"}.items()}
    result = score_institution(method, answers)
    assert round(result.themes["t"].index, 2) == 80.19
    assert result.themes["t"].maturity == 1        # 80.19 < 81, the theme's own level-2 bound
    assert result.maturity == 4                    # the e-index keeps the default: 75 <= 80.19 < 90
