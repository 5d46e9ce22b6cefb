"""Tools for the blind label rounds of tests/labels/README.md: render a writer's brief, measure a set once with the
real ``eindex evaluate`` (headless Chromium, CKAN stub), pool first runs per item, and re-run label files without a
browser to list what changed against the documented disagreements and known misses.

    .venv/bin/python -m tests.blindsets brief N "THEME" WORKTREE SITE SITE SITE SITE SITE SITE > prompt.md
    .venv/bin/python -m tests.blindsets measure tests/labels/heldoutN.yaml OUT.json
    .venv/bin/python -m tests.blindsets pool OUT.json ...
    .venv/bin/python -m tests.blindsets regress [heldoutN.yaml ...]

A writer works in its own git worktree on its own branch (``git worktree add WORKTREE -b setN``, with ``.venv`` and
``../shared`` reachable from it) and reads only what the brief allows; measure each set from a checkout of the
detectors it was written against, before any fix it prompts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path

from tests.sitekit import LABELS

# one layout per site, rotated by the set's number so that every theme meets every layout
LAYOUTS = [
    "gov.lv-like unified platform (header with search, mega footer, breadcrumbs); LV + EN translated + RU partial",
    "WordPress theme (sidebar widgets, tag cloud, comments closed); LV only",
    "HTML 4.01 tables layout (frames-like left menu, footer row); LV + an EN stub",
    "Bootstrap 5 cards and navbar, accordion FAQ, modal dialogs; LV + EN",
    "custom CSS grid of tiles with icons, <details> blocks, sticky header; LV + RU",
    "Drupal-like (blocks, views lists with pagers, taxonomy tags); LV + EN + RU",
]
GOAL = (0.95, 0.90)   # precision, recall per item (issue 5)


def brief(number: int, theme: str, worktree: str, sites: list[str]) -> str:
    """tests/labels/brief.md filled in for set ``number`` (six ``sites``, one layout each)."""
    text = (LABELS / "brief.md").read_text(encoding="utf-8")
    text = "# Brief: write and label blind test set {N}\n\n" + text[text.index("You are an independent"):]
    layouts = LAYOUTS[number % 6:] + LAYOUTS[:number % 6]
    fields = {
        "{N}": str(number), "{WORKTREE}": worktree, "{BRANCH}": f"set{number}", "{HELDOUT}": f"heldout{number}.yaml",
        "{HELDOUT_STEM}": f"heldout{number}", "{THEME}": theme,
        "{SITE_LIST}": "\n".join(f"  - `{s}`" for s in sites),
        "{LAYOUTS}": "\n".join(f"  {i}. {s}: {layout}"
                               for i, (s, layout) in enumerate(zip(sites, layouts, strict=False), 1)),
        "{SITE_NAMES}": ", ".join(repr(s) for s in sites),
    }
    for field, value in fields.items():
        text = text.replace(field, value)
    return text


def measure(label_file: Path, out: Path) -> list[str]:
    """Serve the sites of ``label_file`` (tests.serve) and run ``eindex evaluate --json`` on them in a fresh SQLite
    database; writes the JSON to ``out`` and returns its misses. Raises CalledProcessError when evaluate fails."""
    from tests.serve import serve_labels

    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        resolve, ckan = serve_labels(label_file, stack, Path(tmp))
        env = dict(os.environ, EINDEX_CKAN_URL=ckan, EINDEX_ALLOW_PRIVATE='["127.0.0.1"]', EINDEX_DATA_DIR=tmp,
                   EINDEX_DATABASE_URL=f"sqlite:///{tmp}/eindex.db")
        args = [sys.executable, "-c", "from api.cli import app; app()", "evaluate", "--labels", str(label_file),
                "--json", *[a for pair in resolve for a in ("--resolve", pair)]]
        result = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
    out.write_text(result.stdout, encoding="utf-8")
    return json.loads(result.stdout)["misses"]


def pool(outputs: list[Path]) -> dict[str, list[int]]:
    """Per item (M08, K11M_C …): [cases, tp, fp, fn, review on a positive] summed over evaluate outputs; the last is
    counted from the misses ("site M06.3: label True, needs_review (…)"), which evaluate lists for every review on a
    positive, so an option with no true positive keeps its reviews too."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * 5)
    for path in outputs:
        result = json.loads(path.read_text(encoding="utf-8"))
        for key, c in result["items"].items():
            cases = c["tp"] + c["fp"] + c["fn"] + c["tn"] + c["needs_review"]
            for i, n in enumerate((cases, c["tp"], c["fp"], c["fn"])):
                totals[key.split(".")[0]][i] += n
        for line in result["misses"]:
            head, _, said = line.partition(": ")
            if said.startswith("label True, needs_review"):
                totals[head.split(" ")[-1].split(".")[0]][4] += 1
    return dict(sorted(totals.items()))


def table(totals: dict[str, list[int]]) -> str:
    """The README's row format: cases · TP/FP/FN/review-on-positive · precision · recall, and whether it meets GOAL."""
    rows = []
    for item, (cases, tp, fp, fn, review) in totals.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn + review) if tp + fn + review else 1.0
        met = precision >= GOAL[0] and recall >= GOAL[1]
        rows.append(f"| {item} | {cases} · {tp}/{fp}/{fn}/{review} · {precision:.3f} · {recall:.3f} |"
                    f"{'' if met else ' below the goal'}")
    return "\n".join(rows)


def _regress_one(label_file: str) -> tuple[str, list[str], list[str]]:
    from tests.test_detect_sites import DISAGREEMENTS, KNOWN_MISSES, _evaluate

    with tempfile.TemporaryDirectory() as tmp:
        misses = _evaluate(label_file, Path(tmp))["misses"]
    expected = DISAGREEMENTS.get(label_file, []) + KNOWN_MISSES.get(label_file, [])
    seen = [m.split(" (")[0] for m in misses]
    new = [m for m, s in zip(misses, seen, strict=True) if s not in expected]
    return label_file, new, [e for e in expected if e not in seen]


def regress(files: list[str]) -> int:
    """Re-run label files (all held-out and tuning files by default) two at a time; prints NEW misses (not listed in
    tests/test_detect_sites.py) and GONE ones (listed, now agreeing) and returns how many."""
    files = files or sorted(p.name for p in LABELS.glob("*.yaml") if p.name not in ("portal.yaml", "corpus.yaml"))
    unexpected = 0
    with ProcessPoolExecutor(2) as pool_:
        for name, new, gone in pool_.map(_regress_one, files):
            for line in [f"NEW {name} {m}" for m in new] + [f"GONE {name} {m}" for m in gone]:
                print(line, flush=True)
                unexpected += 1
    print(f"{len(files)} files, {unexpected} unexpected")
    return unexpected


def main(argv: list[str]) -> int:
    """Command-line entry (see the module docstring); returns the exit status."""
    command, args = argv[0], argv[1:]
    if command == "brief":
        print(brief(int(args[0]), args[1], args[2], args[3:]))
    elif command == "measure":
        for miss in measure(Path(args[0]), Path(args[1])):
            print("MISS", miss)
    elif command == "pool":
        print(table(pool([Path(a) for a in args])))
    elif command == "regress":
        return 1 if regress(args) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
