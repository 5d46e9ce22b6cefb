"""An audit run started from the API runs in the background of the service: a real crawl and render of
a small site served on 127.0.0.1, then the year is scored."""

from __future__ import annotations

import gzip
import time

import pytest

from api.static_server import StaticServer

HOME = """<!doctype html><html lang="lv"><head><title>Iestāde</title></head><body>
<header><form role="search" action="/meklet"><label for="q">Meklēt</label>
<input id="q" type="search" name="q"><button>Meklēt</button></form></header>
<main><h1>Sākums</h1><p><a href="par.html">Par mums</a></p></main></body></html>"""
ABOUT = """<!doctype html><html lang="lv"><head><title>Par mums</title></head><body><main><h1>Par mums</h1>
<p><a href="index.html">Sākums</a></p></main></body></html>"""


@pytest.mark.slow
def test_started_run_completes_in_background_and_scores(client, users, api_env, tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(HOME, encoding="utf-8")
    (site / "par.html").write_text(ABOUT, encoding="utf-8")
    for name, value in (("allow_private", ["127.0.0.1"]), ("max_pages", 5), ("max_rendered", 2)):
        monkeypatch.setattr(api_env, name, value)
    with StaticServer(site) as server:
        client.post("/institutions", headers=users.admin, json={
            "id": "lv-test", "name": "Testa iestāde", "sites": [{"url": server.url + "index.html"}]})
        r = client.post("/audit-runs", headers=users.admin, json={"year": 2026, "institution_ids": ["lv-test"]})
        assert r.status_code == 202
        run = r.json()
        assert run["status"] == "running" and run["progress"]["left"] == 1
        deadline = time.monotonic() + 240
        while run["status"] == "running":
            assert time.monotonic() < deadline, run
            time.sleep(1)
            run = client.get(f"/audit-runs/{run['id']}", headers=users.viewer).json()
    assert run["status"] == "done" and run["axe_version"]
    assert run["progress"] == {"sites": 1, "done": 1, "failed": 0, "left": 0, "pages_fetched": 2}
    dets = {(d["question_id"], d["option"]): d for d in run["sites"][0]["detections"]}
    assert dets[("M08", "7")]["status"] == "detected"
    pages = client.get(f"/site-audits/{run['sites'][0]['id']}/pages", headers=users.viewer).json()["items"]
    home = next(p for p in pages if p["url"].endswith("index.html"))
    record = gzip.decompress(client.get(f"/pages/{home['id']}/warc", headers=users.viewer).content)
    assert b"WARC-Type: response" in record and b"<h1>S\xc4\x81kums</h1>" in record
    shot = client.get(f"/pages/{home['id']}/screenshot", headers=users.viewer)
    assert shot.status_code == 200 and shot.content.startswith(b"\x89PNG")
    score = client.get("/institutions/lv-test/score", headers=users.viewer, params={"year": 2026}).json()
    assert score["detail"]["sources"]["M16J"] == "detection" and score["stale"] is False
