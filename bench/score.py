"""Benchmark: score N synthetic institutions (default 10,000) with the 2019 methodology.

Times the engine (answers → question points → themes → e-index, statistics) and the year's aggregates and
derived statistics over the results; generating the synthetic self-assessments is not timed. The inputs,
and then the results, are frozen out of the garbage collector's scans (``gc.freeze``): both live to the
end of the run, and re-scanning them cost 0.15–0.2 s of a ~1.7 s run without finding anything. Prints
one JSON object: wall and CPU seconds, the 1-minute load average (the machine is shared: CPU seconds are
the fairer figure), the limit and whether the wall time met it. Exit 1 when ``--limit`` seconds (wall)
are exceeded and ``--strict`` is given.

``--results FILE`` also writes every result of the run (after the timing) as JSON: each institution's
e-index, maturity, coverage, themes, question scores, pending items, exclusion and statistics, the
aggregates, segments, rankings and amplitude. Floats are written exactly (shortest round-trip form) and
keys sorted, so a change meant to leave the results alone is checked with ``cmp before.json after.json``.

    python bench/score.py [--institutions 10000] [--limit 2.0] [--strict] [--results FILE]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))    # this checkout's code, not an installed one

from scoring import statistics as stats  # noqa: E402
from scoring import synthetic  # noqa: E402
from scoring.aggregates import Member, aggregates  # noqa: E402
from scoring.engine import InstitutionScore, score_institutions  # noqa: E402
from scoring.methodology import load  # noqa: E402


def run(count: int, results_path: Path | None = None) -> dict:
    """Score ``count`` synthetic institutions; returns timings and a summary of the results, and writes
    every result to ``results_path`` when given (see the module docstring)."""
    method = load("2019")
    insts = synthetic.institutions(method, count)
    data = [i.data() for i in insts]
    gc.freeze()      # the inputs are long-lived: keep the collector from re-scanning them while scoring
    wall, cpu = time.perf_counter(), time.process_time()
    results = score_institutions(method, data)     # the collector paused while scoring
    gc.freeze()      # the results are long-lived too: the aggregates below need not have them re-scanned
    members = [Member(i.id, i.sector, i.is_ministry, r.e_index, r.statistics.get("documents"),
                      r.statistics.get("services"), r.statistics.get("employees"))
               for i, r in zip(insts, results, strict=True) if r.excluded_reason is None]
    agg = aggregates(members, method.maturity)
    entries = [{"id": i.id, "name": i.id, "sector": i.sector, "e_index": r.e_index,
                "themes": {k: t.to_dict() for k, t in r.themes.items()}, "statistics": r.statistics}
               for i, r in zip(insts, results, strict=True)]
    year = {"segments": stats.segments(entries), "rankings": stats.rankings(entries, method.themes),
            "amplitude": stats.amplitude(entries)}
    out = {"institutions": count, "wall_s": round(time.perf_counter() - wall, 3),
           "cpu_s": round(time.process_time() - cpu, 3), "load_1min": round(os.getloadavg()[0], 2),
           "national_e_index": round(agg["national"]["e_index"], 2), "included": len(members)}
    if results_path is not None:
        document = {"institutions": [_institution(i.id, r) for i, r in zip(insts, results, strict=True)],
                    "aggregates": agg, **year}
        results_path.write_text(json.dumps(document, sort_keys=True), encoding="utf-8")
    return out


def _institution(inst_id: str, r: InstitutionScore) -> dict:
    """One institution's every result, as JSON-ready values."""
    return {"id": inst_id, "e_index": r.e_index, "maturity": r.maturity, "coverage": r.coverage,
            "themes": {k: t.to_dict() for k, t in r.themes.items()},
            "questions": {k: q._asdict() for k, q in r.questions.items()}, "pending": r.pending,
            "provisional": r.provisional, "excluded_reason": r.excluded_reason, "statistics": r.statistics}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--institutions", type=int, default=10_000)
    parser.add_argument("--limit", type=float, default=2.0, help="seconds allowed (wall)")
    parser.add_argument("--strict", action="store_true", help="exit 1 over the limit")
    parser.add_argument("--results", type=Path, help="write every result of the run to this JSON file")
    args = parser.parse_args()
    out = run(args.institutions, args.results)
    out["limit_s"], out["within_limit"] = args.limit, out["wall_s"] <= args.limit
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")
    return 1 if args.strict and not out["within_limit"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
