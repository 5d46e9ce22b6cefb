"""Score reads: ETag / If-None-Match, next steps, rankings, top-15, year-over-year, aggregates, export."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from scoring.methodology import for_year
from tests.api_fixtures import YEAR, is_problem, seed_audit


def test_etag_and_if_none_match(client, users, audited):
    r = client.get("/institutions/inst-a/score", headers=users.viewer)
    tag = r.headers["etag"]
    assert r.status_code == 200 and tag.startswith('"')
    again = client.get("/institutions/inst-a/score", headers={**users.viewer, "If-None-Match": tag})
    assert again.status_code == 304 and again.headers["etag"] == tag and again.content == b""
    assert client.get("/institutions/inst-a/score", headers={**users.viewer, "If-None-Match": f'"x", W/{tag}'}
                      ).status_code == 304
    assert client.get("/institutions/inst-a/score", headers={**users.viewer, "If-None-Match": '"other"'}
                      ).status_code == 200
    # an override changes the score, so the old tag no longer matches
    client.post("/overrides", headers=users.expert, json={"year": YEAR, "institution_id": "inst-a",
                "question_id": "M08", "option": "2", "value": True, "reason": "rating widget"})
    changed = client.get("/institutions/inst-a/score", headers={**users.viewer, "If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag
    for path in ("/scores", "/scores/aggregates", "/scores/rankings", "/scores/top"):
        first = client.get(path, headers=users.viewer)
        assert first.status_code == 200, path
        assert client.get(path, headers={**users.viewer, "If-None-Match": first.headers["etag"]}).status_code == 304


def test_institution_score_and_next_steps(client, users, audited):
    method = for_year(YEAR)
    body = client.get("/institutions/inst-a/score", headers=users.viewer).json()
    pts = method.questions
    # M16J group 2, M17J 1, M08 option 1 (option 7 pending) — communication is the only theme with data.
    earned = pts["M16J"].points["2"] + pts["M17J"].points["1"] + pts["M08"].points["1"]
    theme_max = body["detail"]["themes"]["communication"]["max_points"]   # the max that applies to inst-a
    assert body["e_index"] == pytest.approx(earned / theme_max * 100)
    assert body["detail"]["sources"]["M16J"] == "detection"
    assert body["detail"]["themes"]["services"]["applies"] == "no_data"
    nxt = body["next"]
    assert nxt["maturity"] == method.maturity(body["e_index"])
    target = min(t for t in method.thresholds if t > body["e_index"])
    assert nxt["next_threshold"] == target and nxt["gap"] == target - body["e_index"]
    gains = [s["gain"] for s in nxt["steps"]]
    assert gains == sorted(gains, reverse=True)
    # each step's gain is its missing points over the theme maximum (theme weight share 100 %)
    for s in nxt["steps"]:
        theme_max = body["detail"]["themes"][s["theme"]]["max_points"]
        assert s["gain"] == pytest.approx((s["max_points"] - s["points"]) / theme_max * 100)
    covered = sum(gains)
    assert covered >= nxt["gap"] or len(nxt["steps"]) == sum(
        1 for q in pts.values() if q.theme == "communication")
    assert covered - gains[-1] < nxt["gap"]  # no step more than needed
    is_problem(client.get("/institutions/nope/score", headers=users.viewer), 404)
    is_problem(client.get("/institutions/inst-a/score", headers=users.viewer, params={"year": 2001}), 404)
    is_problem(client.get("/institutions/inst-a/score", headers=users.viewer, params={"year": "abc"}), 422)


def test_rankings_ties_top_and_filters(client, users, db):
    seed_audit(db, "inst-a", sector="A")
    seed_audit(db, "inst-b", sector="B", m16j="1")
    seed_audit(db, "inst-c", sector="A")  # same answers as inst-a: a tie
    ranks = client.get("/scores/rankings", headers=users.viewer).json()
    assert [(r["rank"], r["id"]) for r in ranks["items"]] == [(1, "inst-b"), (2, "inst-a"), (2, "inst-c")]
    top = client.get("/scores/top", headers=users.viewer, params={"n": 2}).json()
    assert [r["id"] for r in top["e_index"]] == ["inst-b", "inst-a"]
    assert [r["id"] for r in top["themes"]["communication"]] == ["inst-b", "inst-a"]
    assert top["themes"]["services"] == []
    listed = client.get("/scores", headers=users.viewer, params={"sector": "A", "limit": 1, "offset": 1}).json()
    assert listed["total"] == 2 and [e["id"] for e in listed["items"]] == ["inst-c"]
    agg = client.get("/scores/aggregates", headers=users.viewer).json()
    assert agg["national"]["institutions"] == 3 and set(agg["sectors"]) == {"A", "B"}
    is_problem(client.get("/scores/rankings", headers=users.viewer, params={"theme": "nope"}), 422)
    is_problem(client.get("/scores", headers=users.viewer, params={"year": 2030}), 404)


def test_year_over_year(client, users, db):
    seed_audit(db, "inst-a", year=2025, m16j="3")
    seed_audit(db, "inst-a", year=2026, m16j="1")
    method = for_year(2026)
    yoy = client.get("/scores/year-over-year", headers=users.viewer, params={"year": 2026}).json()
    row = yoy["institutions"][0]
    pts = method.questions["M16J"].points
    assert yoy["base_year"] == 2025
    assert row["change_pp"] == row["e_index"] - row["base_e_index"]
    detail = client.get("/institutions/inst-a/score", headers=users.viewer, params={"year": 2026}).json()["detail"]
    theme_max = detail["themes"]["communication"]["max_points"]
    assert abs(row["change_pp"] - (pts["1"] - pts["3"]) / theme_max * 100) < 1e-9
    assert yoy["national"]["change_pp"] == row["change_pp"]
    is_problem(client.get("/scores/year-over-year", headers=users.viewer, params={"year": 2025}), 404)


def test_csv_and_xlsx_export(client, users, db):
    seed_audit(db, "inst-a", sector="Kultūras ministrija")
    expected = client.get("/institutions/inst-a/score", headers=users.viewer).json()
    r = client.get("/scores/export", headers=users.viewer, params={"format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == f'attachment; filename="eindex-{YEAR}.csv"'
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0]["id"] == "inst-a" and rows[0]["sector"] == "Kultūras ministrija"
    assert float(rows[0]["e_index"]) == pytest.approx(expected["e_index"])
    x = client.get("/scores/export", headers=users.viewer, params={"format": "xlsx"})
    ws = load_workbook(io.BytesIO(x.content)).active
    header = [c.value for c in ws[1]]
    values = dict(zip(header, [c.value for c in ws[2]], strict=True))
    assert ws.title == f"e-index {YEAR}" and values["e_index"] == pytest.approx(expected["e_index"])
    assert values["name"] == "Iestāde inst-a"
    is_problem(client.get("/scores/export", headers=users.viewer, params={"format": "pdf"}), 422)
    is_problem(client.get("/scores/export"), 401)
