"""``eindex evaluate`` end to end: a labelled Latvian test site served on 127.0.0.1 under a real-looking
host name (``--resolve``), audited with the browser, scored, the JSON validated against
``contract/evaluate.schema.json``; bad label files exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml

from api.static_server import StaticServer
from store.settings import get_settings
from tests.ckan_stub import CkanStub
from tests.sitekit import LABELS, render_site

EINDEX = [sys.executable, "-m", "api.cli"]


def _env(tmp_path: Path, ckan: str = "") -> dict:
    return {
        **os.environ,
        "EINDEX_ALLOW_PRIVATE": '["127.0.0.1"]',
        "EINDEX_CKAN_URL": ckan,
        "EINDEX_DATA_DIR": str(tmp_path / "var"),
        "EINDEX_MAX_RENDERED": "3",
    }


@pytest.mark.slow
def test_evaluate_one_site_json_validates_and_counts(tmp_path):
    labels = yaml.safe_load((LABELS / "tuning.yaml").read_text(encoding="utf-8"))
    one = tmp_path / "vva.yaml"
    one.write_text(
        yaml.safe_dump({"sites": {"vva": labels["sites"]["vva"]}}, allow_unicode=True), encoding="utf-8"
    )
    listed = yaml.safe_load((LABELS / "portal.yaml").read_text(encoding="utf-8"))["listed"]
    with StaticServer(render_site("vva", tmp_path, date.today())) as server, CkanStub(listed) as ckan:
        port = server.httpd.server_address[1]
        run = subprocess.run(
            [
                *EINDEX,
                "evaluate",
                "--labels",
                str(one),
                "--resolve",
                f"www.vva.gov.lv=127.0.0.1:{port}",
                "--json",
                "--fail-under",
                "0.95",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            env=_env(tmp_path, ckan.url),
        )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    schema = json.loads((get_settings().shared_dir / "contract" / "evaluate.schema.json").read_text())
    jsonschema.validate(out, schema)
    assert out["sites"] == 1 and out["misses"] == []
    # vva's labels by hand: M13 is "3" → M13.3 a TP, M13.1 and M13.2 TNs
    assert out["items"]["M13.3"] == {
        "tp": 1,
        "fp": 0,
        "fn": 0,
        "tn": 0,
        "needs_review": 0,
        "precision": 1.0,
        "recall": 1.0,
    }
    assert out["items"]["M13.1"]["tn"] == 1 and out["items"]["M13.1"]["precision"] is None


def test_bad_label_file_exits_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sites:\n  a: {url: 'http://a.lv/', items: {M09: '7'}}\n", encoding="utf-8")
    run = subprocess.run(
        [*EINDEX, "evaluate", "--labels", str(bad), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(tmp_path),
    )
    assert run.returncode == 2
    missing = subprocess.run(
        [*EINDEX, "evaluate", "--labels", str(tmp_path / "none.yaml")],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(tmp_path),
    )
    assert missing.returncode == 2
