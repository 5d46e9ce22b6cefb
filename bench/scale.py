"""Scale-out benchmark: sites audited per minute with 1 and 2 queue workers on the local corpus, and
where the time goes (the browser, not the queue).

Needs the PostgreSQL server (``--pg``, default the local one); creates and drops its own database.
Each corpus web root is served on ``--copies`` ports, so every site is its own origin (the per-origin
politeness limit does not serialise them). Run: ``.venv/bin/python bench/scale.py [--json]``.

Reported per worker count: wall time from enqueue to the run scored (workers start after the enqueue,
so their start-up counts), sites per minute, mean site-audit time (claim → stored, inside the job: crawl,
render + axe, checks, store; the worker's first job also starts its browser), and the queue's own
share: the mean wait between a worker finishing a job and claiming its next one, and the scoring job.
Separately: one Chromium launch (Playwright + Debian chromium, start and close), paid once per worker
(``crawler.run.Workbench``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url
from sqlmodel import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.static_server import StaticServer  # noqa: E402
from crawler.queue import conninfo, enqueue_run  # noqa: E402
from crawler.render import Renderer  # noqa: E402
from store.db import migrate, session_scope  # noqa: E402
from store.models import AuditRun, SiteAudit  # noqa: E402
from store.progress import run_progress  # noqa: E402
from store.registry import upsert_institution  # noqa: E402
from store.settings import Settings  # noqa: E402

CORPUS = [("w3c-bad", "before/home.html", ["*/reports/*", "*/annotated/*"]),
          ("w3c-bad", "after/home.html", ["*/reports/*", "*/annotated/*"]),
          ("signin-canada", "en/index.html", []), ("signin-canada", "fr/index.html", [])]


def database(admin: str, name: str, create: bool) -> str:
    with psycopg.connect(conninfo(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' if create
                     else f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return make_url(admin).set(database=name).render_as_string(hide_password=False)


def chromium_launch_s(settings: Settings, times: int = 3) -> float:
    """Mean seconds to start and close the browser the way a site audit does."""
    async def once() -> float:
        started = time.perf_counter()
        async with Renderer(settings.chromium_path, settings.axe_tags, settings.page_timeout):
            pass
        return time.perf_counter() - started
    return sum(asyncio.run(once()) for _ in range(times)) / times


def one_run(url: str, env: dict, workers: int, year: int, logs: Path) -> dict:
    settings = Settings(_env_file=None, **{"DATABASE_URL": url})
    run_id = enqueue_run(settings, year)
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "api.cli", "worker"], env=env, start_new_session=True,
                              stdout=(logs / f"w{workers}-{i}.log").open("wb"), stderr=subprocess.STDOUT)
             for i in range(workers)]
    try:
        while True:
            with session_scope(url) as session:
                progress = run_progress(session, run_id)
            if progress["status"] == "done":
                break
            if any(p.poll() is not None for p in procs):
                raise RuntimeError(f"a worker exited; see {logs}")
            time.sleep(0.2)
        wall = time.perf_counter() - started
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            p.wait(timeout=120)
    with session_scope(url) as session:
        audits = session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id)
                              .order_by(SiteAudit.started_at)).all()
        run = session.get(AuditRun, run_id)
        last_site = max(a.finished_at for a in audits)
        scoring_s = (run.finished_at - last_site).total_seconds()
    audit_s = [(a.finished_at - a.started_at).total_seconds() for a in audits]
    gaps, by_worker = [], {}
    for a in audits:
        by_worker.setdefault(a.worker, []).append(a)
    for mine in by_worker.values():
        gaps += [(b.started_at - a.finished_at).total_seconds() for a, b in zip(mine, mine[1:], strict=False)]
    n = len(audits)
    return {"workers": workers, "sites": n, "wall_s": round(wall, 1),
            "sites_per_min": round(n / wall * 60, 2),
            "mean_site_audit_s": round(sum(audit_s) / n, 2),
            "mean_queue_gap_s": round(sum(gaps) / len(gaps), 3) if gaps else None,
            "scoring_job_s": round(scoring_s, 2), "pages_fetched": progress["pages"]["fetched"],
            "pages_rendered": progress["pages"]["rendered"], "workers_used": len(by_worker)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--copies", type=int, default=3, help="ports per corpus web root (sites = 4 × copies)")
    ap.add_argument("--max-pages", type=int, default=20)
    ap.add_argument("--max-rendered", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    shared = Settings().shared_dir
    results, name = [], f"eindex_bench_{uuid.uuid4().hex[:8]}"
    url = database(args.pg, name, create=True)
    logs = Path(tempfile.mkdtemp(prefix="eindex-scale-"))
    try:
        migrate(url)
        with ExitStack() as stack:
            n = 0
            with session_scope(url) as session:
                for copy in range(args.copies):
                    for corpus, path, exclude in CORPUS:
                        server = stack.enter_context(StaticServer(shared / "corpus" / "sites" / corpus))
                        n += 1
                        upsert_institution(session, f"bench-{n}", f"Bench {n} ({corpus} {path}, copy {copy})",
                                           "Bench", False, [(server.url + path, exclude)])
            env = {**os.environ, "DATABASE_URL": url, "EINDEX_DATA_DIR": str(logs / "data"),
                   "EINDEX_MAX_PAGES": str(args.max_pages), "EINDEX_MAX_RENDERED": str(args.max_rendered),
                   "EINDEX_ALLOW_PRIVATE": '["127.0.0.1"]', "EINDEX_SCHEDULE_ENABLED": "false"}
            for workers in (int(w) for w in args.workers.split(",")):
                results.append(one_run(url, env, workers, 2026, logs))
        launch = chromium_launch_s(Settings())
    finally:
        database(args.pg, name, create=False)
    out = {"cpus": os.cpu_count(), "max_pages": args.max_pages, "max_rendered": args.max_rendered,
           "chromium_launch_s": round(launch, 2), "runs": results}
    if args.json:
        print(json.dumps(out, indent=1))
        return
    print(f"{os.cpu_count()} CPUs; budgets: {args.max_pages} pages, {args.max_rendered} rendered per site; "
          f"Chromium start+close {launch:.2f} s")
    for r in results:
        print(f"{r['workers']} worker(s): {r['sites']} sites in {r['wall_s']} s = "
              f"{r['sites_per_min']} sites/min; "
              f"site audit {r['mean_site_audit_s']} s mean; queue gap {r['mean_queue_gap_s']} s; "
              f"scoring {r['scoring_job_s']} s; {r['pages_fetched']} pages, {r['pages_rendered']} rendered")


if __name__ == "__main__":
    main()
