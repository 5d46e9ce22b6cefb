"""Benchmark: score N synthetic institutions (default 10,000) with the 2019 methodology.

Times the engine (answers → question points → themes → e-index, statistics) and the year's aggregates and
derived statistics over the results; generating the synthetic self-assessments is not timed (the inputs
are then frozen out of the garbage collector's scans). Prints one JSON object: wall and CPU seconds, the
1-minute load average (the machine is shared: CPU seconds are the fairer figure), the limit and whether
the wall time met it. Exit 1 when ``--limit`` seconds (wall) are exceeded and ``--strict`` is given.

    python bench/score.py [--institutions 10000] [--limit 2.0] [--strict]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time

from scoring import statistics as stats
from scoring import synthetic
from scoring.aggregates import Member, aggregates
from scoring.engine import score_institution
from scoring.methodology import load


def run(count: int) -> dict:
    """Score ``count`` synthetic institutions; returns timings and a summary of the results."""
    method = load("2019")
    insts = synthetic.institutions(method, count)
    data = [i.data() for i in insts]
    gc.freeze()      # the inputs are long-lived: keep the collector from re-scanning them while scoring
    wall, cpu = time.perf_counter(), time.process_time()
    results = [score_institution(method, d) for d in data]
    members = [Member(i.id, i.sector, i.is_ministry, r.e_index, r.statistics.get("documents"),
                      r.statistics.get("services"), r.statistics.get("employees"))
               for i, r in zip(insts, results, strict=True) if r.excluded_reason is None]
    agg = aggregates(members, method.maturity)
    entries = [{"id": i.id, "name": i.id, "sector": i.sector, "e_index": r.e_index,
                "themes": {k: t.to_dict() for k, t in r.themes.items()}, "statistics": r.statistics}
               for i, r in zip(insts, results, strict=True)]
    stats.segments(entries)
    stats.rankings(entries, method.themes)
    stats.amplitude(entries)
    return {"institutions": count, "wall_s": round(time.perf_counter() - wall, 3),
            "cpu_s": round(time.process_time() - cpu, 3), "load_1min": round(os.getloadavg()[0], 2),
            "national_e_index": round(agg["national"]["e_index"], 2), "included": len(members)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--institutions", type=int, default=10_000)
    parser.add_argument("--limit", type=float, default=2.0, help="seconds allowed (wall)")
    parser.add_argument("--strict", action="store_true", help="exit 1 over the limit")
    args = parser.parse_args()
    out = run(args.institutions)
    out["limit_s"], out["within_limit"] = args.limit, out["wall_s"] <= args.limit
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")
    return 1 if args.strict and not out["within_limit"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
