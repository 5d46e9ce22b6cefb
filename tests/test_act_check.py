"""``eindex act-check`` semantics on a three-case ACT tree made here, with outcomes known by hand: a page
without <title> fails axe's ``document-title`` (ACT 2779a5, "HTML page has non-empty title")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema

from checks.act import ActCase, CaseRun, agreement_table, agrees, outcome
from store.settings import get_settings

NO_TITLE = "<!doctype html><html lang='en'><body><p>No title here.</p></body></html>"


def _tree(root: Path) -> None:
    base = root / "WAI/content-assets/wcag-act-rules"
    cases = []
    for n, (rule, expected) in enumerate([("2779a5", "failed"), ("2779a5", "passed"), ("zzz999", "failed")]):
        rel = f"testcases/{rule}/case{n}.html"
        (base / rel).parent.mkdir(parents=True, exist_ok=True)
        (base / rel).write_text(NO_TITLE)
        cases.append({"ruleId": rule, "ruleName": f"rule {rule}", "testcaseId": f"{n:040d}",
                      "testcaseTitle": f"Example {n}", "expected": expected, "relativePath": rel})
    (base / "testcases.json").write_text(json.dumps({"testcases": cases}))


def _act_check(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "api.cli", "act-check", *args], capture_output=True, text=True,
                          env={**os.environ, "EINDEX_SHARED_DIR": str(get_settings().shared_dir)}, timeout=300,
                          cwd=Path(__file__).resolve().parent.parent)


def test_act_check_counts_and_fail_under(tmp_path):
    _tree(tmp_path)
    proc = _act_check([str(tmp_path), "--json", "--fail-under", "0.9"])
    # case 0 (failed, violation) agrees; case 1 (passed, but axe finds the missing title) disagrees; case 2's
    # rule has no axe rule: unsupported. 1 / (1 + 1) = 0.5 < 0.9 → exit 1, output still printed
    assert proc.returncode == 1, proc.stderr
    out = json.loads(proc.stdout)
    jsonschema.validate(out, json.loads((get_settings().shared_dir / "contract/act-check.schema.json").read_text()))
    assert out["rules"]["2779a5"] | {"disagreements": None} == {
        "name": "rule 2779a5", "axe_rules": ["document-title"], "cases": 2, "agree": 1, "disagree": 1,
        "unsupported": 0, "incomplete": 0, "disagreements": None}
    assert out["rules"]["2779a5"]["disagreements"] == [{"testcase": "testcases/2779a5/case1.html",
                                                        "title": "Example 1", "expected": "passed", "got": "failed"}]
    assert out["rules"]["zzz999"]["unsupported"] == 1 and out["rules"]["zzz999"]["axe_rules"] == []
    assert out["totals"] == {"cases": 3, "agree": 1, "disagree": 1, "unsupported": 1, "incomplete": 0}
    assert _act_check([str(tmp_path), "--json", "--fail-under", "0.5"]).returncode == 0


def test_act_check_bad_path_exits_2(tmp_path):
    assert _act_check([str(tmp_path / "missing"), "--json"]).returncode == 2
    (tmp_path / "WAI/content-assets/wcag-act-rules").mkdir(parents=True)
    (tmp_path / "WAI/content-assets/wcag-act-rules/testcases.json").write_text("{not json")
    assert _act_check([str(tmp_path), "--json"]).returncode == 2


def test_incomplete_is_reported_apart_and_is_not_a_violation():
    assert outcome(CaseRun(incomplete=frozenset({"color-contrast"}))) == "incomplete"
    assert agrees("passed", "incomplete") and agrees("inapplicable", "incomplete")
    assert not agrees("failed", "incomplete")
    assert not agrees("passed", "error: timeout") and not agrees("failed", "error: timeout")
    case = ActCase("afw4f7", "contrast", "x" * 40, "Failed Example 2", "failed", "testcases/afw4f7/x.html")
    row = agreement_table([case], {"afw4f7": ["color-contrast"]},
                          {case.path: CaseRun(incomplete=frozenset({"color-contrast"}))})["afw4f7"]
    assert (row.cases, row.agree, row.disagree, row.incomplete) == (1, 0, 1, 1)
    # a supported case that never ran is a disagreement, not a silent skip
    row = agreement_table([case], {"afw4f7": ["color-contrast"]}, {})["afw4f7"]
    assert row.disagreements[0]["got"] == "error: not run"
