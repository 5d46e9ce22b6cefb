"""The main path end to end on real input: ``eindex audit`` / ``demo`` / ``score`` per the contract,
validated against shared/contract/*.schema.json, and the API over what the demo stored."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import jsonschema
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from api.app import app, get_session
from api.static_server import StaticServer
from store.db import get_engine
from store.settings import get_settings


def _schema(shared, name: str) -> dict:
    return json.loads((shared / "contract" / f"{name}.schema.json").read_text())


def _eindex(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "api.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=600)


def test_audit_json_contract(shared, tmp_path):
    with StaticServer(shared / "corpus" / "sites" / "signin-canada") as server:
        proc = _eindex(["audit", server.url + "index.html", "--json"],
                       {"EINDEX_DATA_DIR": str(tmp_path), "EINDEX_ALLOW_PRIVATE": '["127.0.0.1"]',
                        "EINDEX_MAX_PAGES": "10", "EINDEX_MAX_RENDERED": "3"})
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    jsonschema.validate(out, _schema(shared, "audit"))
    site = out["sites"][0]
    assert site["url"] == server.url + "index.html"          # the URL as declared
    assert site["pages_fetched"] == 10 and site["pages_rendered"] == 3
    m16j = [d for d in site["detections"] if d["question_id"] == "M16J"]
    assert sorted(d["option"] for d in m16j) == ["1", "2", "3", "4"]
    assert sum(d["value"] for d in m16j) == 1


def test_audit_refuses_loopback_by_default(shared, tmp_path):
    with StaticServer(shared / "corpus" / "sites" / "signin-canada") as server:
        proc = _eindex(["audit", server.url + "index.html", "--json"],
                       {"EINDEX_DATA_DIR": str(tmp_path), "EINDEX_ALLOW_PRIVATE": "[]"})
    out = json.loads(proc.stdout)
    site = out["sites"][0]
    assert site["status"] == "failed" and site["wcag_group"] is None
    assert site["errors"][0]["kind"] == "refused_private_address"


def test_bad_usage_exits_2(tmp_path):
    proc = _eindex(["audit", "ftp://example.lv/", "--json"], {"EINDEX_DATA_DIR": str(tmp_path)})
    assert proc.returncode == 2


@pytest.fixture(scope="module")
def demo_db(shared, tmp_path_factory):
    """Run ``eindex demo`` once into a fresh SQLite file; returns its data dir."""
    data = tmp_path_factory.mktemp("demo")
    proc = _eindex(["demo"], {"EINDEX_DATA_DIR": str(data), "COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Site audits" in proc.stdout and "E-index 2019" in proc.stdout
    return data


def test_demo_and_score_contract(shared, demo_db):
    for year in (2019, 2026):
        proc = _eindex(["score", "--year", str(year), "--json"], {"EINDEX_DATA_DIR": str(demo_db)})
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
        jsonschema.validate(out, _schema(shared, "score"))
        ids = {i["id"] for i in out["institutions"]}
        if year == 2019:
            assert len(ids) == 94
            excluded = {i["name"] for i in out["institutions"] if not i["included"]}
            assert excluded == {"Iekšējās drošības birojs", "Satiksmes ministrija", "Valsts kontrole"}
            assert out["aggregates"]["national"]["institutions"] == 91
        else:
            assert ids == {"demo-citylights-before", "demo-citylights-after", "demo-signin-canada"}


def test_api_over_demo(demo_db, monkeypatch):
    monkeypatch.setattr(get_settings(), "public_read", True)  # anonymous reads (issue 7: off by default)
    engine = get_engine(f"sqlite:///{demo_db / 'eindex.db'}")

    def session_override():
        with Session(engine) as s:
            yield s

    app.dependency_overrides[get_session] = session_override
    try:
        client = TestClient(app)
        insts = client.get("/institutions", params={"sector": "Demo"}).json()["items"]
        assert {i["id"] for i in insts} == {"demo-citylights-before", "demo-citylights-after",
                                            "demo-signin-canada"}
        score = client.get("/institutions/demo-citylights-after/score").json()
        assert score["year"] == 2026 and score["detail"]["sources"]["M16J"] == "detection"
        run = client.get("/audit-runs/1").json()
        assert len(run["sites"]) == 3 and all(s["detections"] for s in run["sites"])
        assert client.get("/audit-runs/999").status_code == 404
        assert client.get("/openapi.json").status_code == 200
    finally:
        app.dependency_overrides.clear()
