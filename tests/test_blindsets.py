"""The blind rounds' tools (tests/blindsets.py) on hand-made inputs."""

from __future__ import annotations

import json

from tests.blindsets import brief, pool, table


def _output(tmp_path, name: str, items: dict, misses: list[str]) -> object:
    path = tmp_path / name
    path.write_text(json.dumps({"sites": 1, "items": items, "misses": misses}), encoding="utf-8")
    return path


def test_pool_sums_options_per_item_and_counts_reviews_on_positives_from_the_misses(tmp_path):
    # set A: M11.1 tp 1, fn 1, one review on a positive; M11.2 tn 2. Set B: M11.1 tp 2, fp 1; M06.3 has no true
    # positive, one review on a positive and one on a negative (evaluate lists only the first as a miss)
    a = _output(tmp_path, "a.json", {
        "M11.1": {"tp": 1, "fp": 0, "fn": 1, "tn": 0, "needs_review": 1, "precision": 1.0, "recall": 1 / 3},
        "M11.2": {"tp": 0, "fp": 0, "fn": 0, "tn": 2, "needs_review": 0, "precision": None, "recall": None}},
        ["s1 M11.1: label True, needs_review (weak)", "s2 M11.1: label True, detected False (no detection)"])
    b = _output(tmp_path, "b.json", {
        "M11.1": {"tp": 2, "fp": 1, "fn": 0, "tn": 0, "needs_review": 0, "precision": 2 / 3, "recall": 1.0},
        "M06.3": {"tp": 0, "fp": 0, "fn": 0, "tn": 1, "needs_review": 2, "precision": None, "recall": 0.0}},
        ["s3 M11.1: label False, detected True (cue)", "s4 M06.3: label True, needs_review (no page)"])
    totals = pool([a, b])
    assert totals == {"M06": [3, 0, 0, 0, 1], "M11": [3 + 2 + 3, 3, 1, 1, 1]}
    # precision 3 / 4 = 0.750, recall 3 / (3 + 1 + 1) = 0.600
    assert table(totals).splitlines()[1] == "| M11 | 8 · 3/1/1/1 · 0.750 · 0.600 | below the goal"


def test_a_brief_names_the_set_its_worktree_and_each_sites_layout():
    text = brief(7, "ostas", "/tmp/set7", ["a1", "a2", "a3", "a4", "a5", "a6"])
    assert text.startswith("# Brief: write and label blind test set 7\n")
    assert "{" not in text.replace("{{", "").replace("}}", "")
    assert "`/tmp/set7`" in text and "tests/labels/heldout7.yaml" in text
    # set 7 starts the layouts' rotation at its second entry (7 mod 6 = 1)
    assert "  1. a1: WordPress theme" in text and "  6. a6: gov.lv-like unified platform" in text
