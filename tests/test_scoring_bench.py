"""``bench/score.py`` runs and reports its numbers (the 10,000-institution timing is measured by hand)."""

from __future__ import annotations

import json
import subprocess
import sys

from store.settings import REPO_ROOT


def test_bench_score_reports_timings():
    proc = subprocess.run([sys.executable, str(REPO_ROOT / "bench" / "score.py"), "--institutions", "200"],
                          capture_output=True, text=True, timeout=300, cwd=REPO_ROOT)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["institutions"] == out["included"] == 200
    assert out["wall_s"] > 0 and out["cpu_s"] > 0 and 0 < out["national_e_index"] < 100
