"""``bench/score.py`` runs and reports its numbers (the 10,000-institution timing is measured by hand), and
``--results`` writes every result exactly, so that two versions of the engine can be compared byte for byte."""

from __future__ import annotations

import json
import subprocess
import sys

from scoring import synthetic
from scoring.engine import score_institution
from scoring.methodology import load
from store.settings import REPO_ROOT

COUNT = 200


def test_bench_score_reports_timings_and_writes_every_result(tmp_path):
    results = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, str(REPO_ROOT / "bench" / "score.py"), "--institutions", str(COUNT),
                           "--results", str(results)], capture_output=True, text=True, timeout=300, cwd=REPO_ROOT)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["institutions"] == out["included"] == COUNT
    assert out["wall_s"] > 0 and out["cpu_s"] > 0 and 0 < out["national_e_index"] < 100
    written = json.loads(results.read_text(encoding="utf-8"))
    assert round(written["aggregates"]["national"]["e_index"], 2) == out["national_e_index"]
    method = load("2019")
    for inst, got in zip(synthetic.institutions(method, COUNT), written["institutions"], strict=True):
        want = score_institution(method, inst.data())
        assert got["id"] == inst.id
        assert got["e_index"] == want.e_index and got["coverage"] == want.coverage      # floats exactly
        assert got["themes"] == {k: t.to_dict() for k, t in want.themes.items()}
        assert got["questions"] == {k: q._asdict() for k, q in want.questions.items()}
        assert got["statistics"] == want.statistics
