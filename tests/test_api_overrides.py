"""Overrides: append-only, reason mandatory, single-choice siblings, precedence, stale scores."""

from __future__ import annotations

import pytest
from sqlmodel import select

from scoring.methodology import for_year
from store.models import Override, Score, SurveyAnswer
from tests.api_fixtures import YEAR, is_problem, seed_audit


def _score(client, headers, inst="inst-a") -> dict:
    r = client.get(f"/institutions/{inst}/score", headers=headers, params={"year": YEAR})
    assert r.status_code == 200, r.text
    return r.json()


def test_override_changes_the_score_by_the_option_points(client, users, audited):
    method = for_year(YEAR)
    before = _score(client, users.viewer)
    assert before["detail"]["sources"]["M08"] == "detection" and "M08" in before["detail"]["pending"]
    r = client.post("/overrides", headers=users.expert, json={
        "year": YEAR, "institution_id": "inst-a", "site_id": audited.main_site_id, "question_id": "M08",
        "option": "7", "value": True, "reason": "Search works: /meklet?q=x returns results"})
    assert r.status_code == 201, r.text
    assert [(o["option"], o["value"], o["created_by"]) for o in r.json()["items"]] == [("7", True, "expert")]
    after = _score(client, users.viewer)
    # Only the communication theme has answers, so the e-index is that theme's index (weights re-normalised);
    # its max is the points that apply to the institution (M08 option 4 is for ministries only).
    theme_max = after["detail"]["themes"]["communication"]["max_points"]
    gain = method.questions["M08"].points["7"] / theme_max * 100
    assert after["e_index"] - before["e_index"] == pytest.approx(gain)
    assert after["detail"]["sources"]["M08"] == "override"
    assert "M08" not in after["detail"]["pending"] and after["stale"] is False


def test_single_choice_override_sets_siblings_false(client, users, audited, db):
    method = for_year(YEAR)
    before = _score(client, users.viewer)
    r = client.post("/overrides", headers=users.expert, json={
        "year": YEAR, "institution_id": "inst-a", "question_id": "M16J", "option": "1", "value": True,
        "reason": "manual check of the sampled pages"})
    assert r.status_code == 201
    assert {o["option"]: o["value"] for o in r.json()["items"]} == {"1": True, "2": False, "3": False, "4": False}
    after = _score(client, users.viewer)
    pts = method.questions["M16J"].points
    theme_max = after["detail"]["themes"]["communication"]["max_points"]
    assert after["e_index"] - before["e_index"] == pytest.approx((pts["1"] - pts["2"]) / theme_max * 100)


def test_latest_override_wins_and_rows_are_append_only(client, users, audited, db):
    body = {"year": YEAR, "institution_id": "inst-a", "question_id": "M08", "option": "1", "value": False,
            "reason": "the form is a newsletter sign-up"}
    assert client.post("/overrides", headers=users.expert, json=body).status_code == 201
    second = {**body, "value": True, "reason": "second look: it is a survey"}
    assert client.post("/overrides", headers=users.expert, json=second).status_code == 201
    rows = db.exec(select(Override).where(Override.question_id == "M08", Override.option == "1")).all()
    assert [r.value for r in rows] == [False, True]
    hist = client.get("/overrides", headers=users.viewer, params={"institution_id": "inst-a", "question_id": "M08"})
    assert [o["value"] for o in hist.json()["items"]] == [True, False] and hist.json()["total"] == 2
    oid = rows[0].id
    for method in ("put", "patch", "delete"):
        is_problem(getattr(client, method)(f"/overrides/{oid}", headers=users.admin), 404)
    is_problem(client.delete("/overrides", headers=users.admin), 405)


def test_override_beats_self_assessment_and_marks_scores_stale(client, users, db):
    from store.models import Institution

    seed_audit(db, "inst-b")
    db.add(SurveyAnswer(institution_id="inst-b", year=YEAR, question_id="M17J", value="2"))
    db.commit()
    # a decided detection (M17J=1) beats the self-assessment (2)
    from crawler.score_year import score_year
    score_year(db, YEAR)
    db.commit()
    assert _score(client, users.viewer, "inst-b")["detail"]["sources"]["M17J"] == "detection"
    r = client.post("/overrides", headers=users.expert, json={
        "year": YEAR, "institution_id": "inst-b", "question_id": "M17J", "option": "2", "value": True,
        "reason": "text overflows at 412 px"})
    assert r.status_code == 201
    db.expire_all()
    assert db.get(Institution, "inst-b") is not None
    got = _score(client, users.viewer, "inst-b")
    assert got["detail"]["sources"]["M17J"] == "override"
    assert db.exec(select(Score).where(Score.institution_id == "inst-b")).one().stale is False


def test_stale_flag_is_set_by_an_override(users, audited, db):
    from api.overrides import submit
    from store.overrides import OverrideKey
    submit(db, OverrideKey(YEAR, "inst-a", None, "M08", ""), "2", True, "rating widget present", "expert")
    db.commit()
    assert db.exec(select(Score).where(Score.institution_id == "inst-a")).one().stale is True


def test_bad_overrides_write_nothing(client, users, audited, db):
    base = {"year": YEAR, "institution_id": "inst-a", "question_id": "M08", "option": "7", "value": True,
            "reason": "ok"}
    cases = [
        ({**base, "reason": "   "}, 422),                       # reason mandatory
        ({k: v for k, v in base.items() if k != "reason"}, 422),
        ({**base, "institution_id": "nope"}, 404),
        ({**base, "question_id": "V00J"}, 422),                # a number item has no options
        ({**base, "question_id": "ZZZ"}, 422),
        ({**base, "option": "9"}, 422),
        ({**base, "site_id": 999999}, 404),
        ({**base, "value": "maybe"}, 422),
        ({**base, "year": "twenty"}, 422),
    ]
    for body, status in cases:
        is_problem(client.post("/overrides", headers=users.expert, json=body), status)
    other = client.post("/institutions", headers=users.admin, json={
        "id": "inst-x", "name": "X", "sites": [{"url": "https://x.example.lv/"}]}).json()
    is_problem(client.post("/overrides", headers=users.expert,
                           json={**base, "site_id": other["sites"][0]["id"]}), 422)
    assert db.exec(select(Override)).all() == []


def test_viewer_and_anonymous_cannot_override(client, users, audited, db):
    body = {"year": YEAR, "institution_id": "inst-a", "question_id": "M08", "option": "7", "value": True,
            "reason": "r"}
    is_problem(client.post("/overrides", headers=users.viewer, json=body), 403)
    is_problem(client.post("/overrides", json=body), 401)
    is_problem(client.post(f"/detections/{audited.detections[('M08', '7')]}/decision", json=body), 401)
    assert db.exec(select(Override)).all() == []


def test_accept_and_override_a_detection(client, users, audited, db):
    det = audited.detections[("M08", "7")]
    r = client.post(f"/detections/{det}/decision", headers=users.expert, json={"reason": "checked by hand"})
    assert r.status_code == 201
    assert [(o["option"], o["value"], o["detection_id"], o["site_id"]) for o in r.json()["items"]] == [
        ("7", True, det, audited.main_site_id)]
    q = client.get("/detections", headers=users.viewer, params={"reviewed": False, "question_id": "M08"})
    assert det not in [d["id"] for d in q.json()["items"]]
    m16 = audited.detections[("M16J", "3")]
    r = client.post(f"/detections/{m16}/decision", headers=users.expert, json={"value": True, "reason": "re-measured"})
    assert {o["option"]: o["value"] for o in r.json()["items"]} == {"1": False, "2": False, "3": True, "4": False}
    is_problem(client.post("/detections/999999/decision", headers=users.expert, json={"reason": "x"}), 404)
    is_problem(client.post(f"/detections/{det}/decision", headers=users.expert, json={"reason": ""}), 422)
