"""The review-and-score flow of the API on the real PostgreSQL (the other API tests use SQLite)."""

from __future__ import annotations

import pytest

from store.db import migrate
from store.settings import get_settings
from tests.api_fixtures import YEAR, is_problem

pytestmark = pytest.mark.postgres


@pytest.fixture
def api_env(tmp_path, monkeypatch, pg_url):
    """Settings on a fresh PostgreSQL database (created and dropped by ``pg_url``), test environment."""
    settings = get_settings()
    for name, value in (("database_url", pg_url), ("data_dir", tmp_path), ("environment", "test"),
                        ("secret_key", ""), ("public_read", False)):
        monkeypatch.setattr(settings, name, value)
    migrate(pg_url)
    return settings


def test_override_flow_on_postgres(client, users, audited):
    before = client.get("/institutions/inst-a/score", headers=users.viewer).json()
    queue = client.get("/detections", headers=users.viewer, params={"reviewed": False}).json()
    assert queue["items"][0]["id"] == audited.detections[("M08", "7")] and queue["total"] == 14
    r = client.post(f"/detections/{audited.detections[('M08', '7')]}/decision", headers=users.expert,
                    json={"value": True, "reason": "pārbaudīts"})
    assert r.status_code == 201
    after = client.get("/institutions/inst-a/score", headers=users.viewer).json()
    assert after["e_index"] > before["e_index"] and after["detail"]["sources"]["M08"] == "override"
    hist = client.get("/overrides", headers=users.viewer, params={"institution_id": "inst-a"}).json()
    assert hist["total"] == 1 and hist["items"][0]["created_by"] == "expert"
    assert client.get("/institutions", headers=users.viewer, params={"q": "INST"}).json()["total"] == 1
    csv_rows = client.get("/scores/export", headers=users.viewer).content.decode("utf-8-sig").splitlines()
    assert len(csv_rows) == 2 and csv_rows[1].startswith("inst-a,")
    assert client.get("/scores", headers=users.viewer).json()["year"] == YEAR
    is_problem(client.get("/institutions", headers=users.viewer, params={"q": "a\x00b"}), 422)
    is_problem(client.get("/audit-runs/2147483648", headers=users.viewer), 422)
