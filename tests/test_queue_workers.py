"""Workers on the real PostgreSQL over the local corpus sites: two workers share a run (every site
audited exactly once, the run scored), and a worker killed with SIGKILL mid-audit loses nothing
committed, its job is found stalled and retried, and no row is duplicated."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from contextlib import ExitStack

import psycopg
import pytest
from sqlmodel import select

from api.static_server import StaticServer
from crawler.audit import crawl_limits, response_budget
from crawler.download import Downloader
from crawler.fetch import SiteCrawler
from crawler.net import make_client, origin_of
from crawler.politeness import LocalOriginLimiter
from crawler.queue import conninfo, enqueue_run
from store.db import migrate, session_scope
from store.models import DetectionRecord, OriginPace, PageRecord, Score, Site, SiteAudit
from store.progress import run_progress
from store.settings import get_settings
from tests.pg_helpers import register_corpus, start_worker, worker_env

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
BUDGET = {"EINDEX_MAX_PAGES": "4", "EINDEX_MAX_RENDERED": "1"}


@pytest.fixture
def env(pg_url, monkeypatch, tmp_path):
    """A fresh database with the corpus registered and served; yields (db url, worker env, declared URLs)."""
    url = pg_url
    with ExitStack() as stack:
        for key, value in {**worker_env(url, tmp_path / "data"), **BUDGET}.items():
            monkeypatch.setenv(key, value)
        get_settings.cache_clear()
        migrate(url)
        root = get_settings().shared_dir / "corpus" / "sites"
        bases = {c: stack.enter_context(StaticServer(root / c)).url for c in ("w3c-bad", "signin-canada")}
        with session_scope(url) as session:
            urls = register_corpus(session, bases)
        yield url, dict(os.environ), urls
    get_settings.cache_clear()


def wait_done(url: str, run_id: int, workers: list, timeout: float = 300.0) -> dict:
    """Poll the run's progress until it is done (fails when a worker died or the time is up)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with session_scope(url) as session:
            progress = run_progress(session, run_id)
        if progress["status"] == "done":
            return progress
        assert all(w.poll() is None for w in workers), "a worker exited"
        time.sleep(0.5)
    pytest.fail(f"run {run_id} not done after {timeout} s: {progress}")


def stop(workers: list) -> None:
    for w in workers:
        if w.poll() is None:
            os.killpg(w.pid, signal.SIGTERM)
    for w in workers:
        w.wait(timeout=60)


def audit_jobs(url: str) -> list[tuple]:
    with psycopg.connect(conninfo(url)) as conn:
        return conn.execute("SELECT (args->>'site_audit_id')::int, status::text, attempts FROM "
                            "procrastinate_jobs WHERE task_name = 'eindex.audit_site' ORDER BY 1").fetchall()


def rows_of(url: str, run_id: int) -> dict[int, dict]:
    """Per site audit: its row, page URLs and detection keys."""
    out = {}
    with session_scope(url) as session:
        for sa in session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id)):
            pages = session.exec(select(PageRecord.id, PageRecord.url)
                                 .where(PageRecord.site_audit_id == sa.id))
            dets = session.exec(select(DetectionRecord.id, DetectionRecord.question_id,
                                       DetectionRecord.option, DetectionRecord.subject)
                                .where(DetectionRecord.site_audit_id == sa.id))
            out[sa.id] = {"audit": sa, "pages": sorted(pages.all()), "detections": sorted(dets.all())}
    return out


def test_two_workers_audit_every_site_once_and_score_the_run(env, tmp_path):
    url, worker_environ, urls = env
    run_id = enqueue_run(get_settings(), 2026)
    # No worker dies here: a generous stall limit keeps a loaded machine's late heartbeat from being
    # taken for a lost worker (the SIGKILL test below uses the short one).
    calm = {**worker_environ, "EINDEX_QUEUE_STALLED_AFTER": "60"}
    workers = [start_worker(calm, tmp_path / f"worker{i}.log") for i in (1, 2)]
    try:
        progress = wait_done(url, run_id, workers)
    finally:
        stop(workers)
    assert progress["sites"] == {"total": 4, "done": 4, "failed": 0, "left": 0, "running": 0}
    rows = rows_of(url, run_id)
    assert sorted(r["audit"].url for r in rows.values()) == sorted(urls)
    assert [r["audit"].attempts for r in rows.values()] == [1, 1, 1, 1]          # audited exactly once
    assert {r["audit"].worker.rsplit(":", 1)[1] for r in rows.values()} == {str(w.pid) for w in workers}
    assert audit_jobs(url) == [(i, "succeeded", 1) for i in sorted(rows)]   # one job each, one attempt
    assert progress["pages"]["fetched"] == sum(r["audit"].pages_fetched for r in rows.values()) > 0
    for r in rows.values():
        assert r["detections"] and len({d[1:] for d in r["detections"]}) == len(r["detections"])
    with session_scope(url) as session:
        scored = session.exec(select(Score.institution_id).where(Score.year == 2026)).all()
        paced = session.exec(select(OriginPace.origin)).all()
    assert sorted(scored) == ["t-after", "t-before", "t-canada-en", "t-canada-fr"]
    assert sorted(paced) == sorted({origin_of(u) for u in urls})   # every request went through PostgreSQL


def reference_pages(declared: str, exclude: list[str]) -> list[str]:
    """The page URLs a crawl of the site under the test budget yields (the crawl is deterministic)."""
    s = get_settings()

    async def crawl() -> list[str]:
        async with make_client(s.user_agent, s.resolve, s.allow_private, s.page_timeout) as client:
            downloader = Downloader(client, LocalOriginLimiter(), response_budget(s))
            site = await SiteCrawler(downloader, declared, exclude, crawl_limits(s)).crawl()
        return sorted(p.url for p in site.pages)
    return asyncio.run(crawl())


def test_sigkilled_worker_loses_nothing_and_the_run_completes(env, tmp_path):
    url, worker_environ, _ = env
    run_id = enqueue_run(get_settings(), 2026)
    first = start_worker(worker_environ, tmp_path / "killed.log")
    victim = None
    try:
        deadline = time.monotonic() + 120
        while victim is None and time.monotonic() < deadline:   # wait until a site audit is under way …
            with session_scope(url) as session:
                done = session.exec(select(SiteAudit.id).where(SiteAudit.run_id == run_id,
                                                               SiteAudit.status != "pending")).all()
                victim = session.exec(select(SiteAudit.id).where(SiteAudit.run_id == run_id,
                                                                 SiteAudit.status == "pending",
                                                                 SiteAudit.attempts == 1)).first()
            time.sleep(0.05)
        assert victim is not None, "no site audit started"
        os.killpg(first.pid, signal.SIGKILL)                     # … and kill the worker with its browser
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    before = rows_of(url, run_id)
    assert before[victim]["audit"].status == "pending" and before[victim]["pages"] == []   # killed mid-audit
    second = start_worker(worker_environ, tmp_path / "second.log")
    try:
        progress = wait_done(url, run_id, [second])
    finally:
        stop([second])
    after = rows_of(url, run_id)
    assert progress["sites"] == {"total": 4, "done": 4, "failed": 0, "left": 0, "running": 0}
    for sa_id in done:                                   # committed before the kill: kept as it was
        assert after[sa_id]["pages"] == before[sa_id]["pages"]
        assert after[sa_id]["detections"] == before[sa_id]["detections"]
    assert after[victim]["audit"].attempts == 2          # restarted once, cleanly
    jobs = {sa: (status, attempts) for sa, status, attempts in audit_jobs(url)}
    assert jobs[victim] == ("succeeded", 2)              # found stalled and retried by procrastinate
    for r in after.values():                             # no detection duplicated, the same options checked
        keys = [d[1:] for d in r["detections"]]
        assert len(keys) == len(set(keys)) > 0
        assert {k[:2] for k in keys} == {d[1:3] for d in after[victim]["detections"]}
    audit = after[victim]["audit"]                       # no page lost or duplicated
    with session_scope(url) as session:
        exclude = list(session.get(Site, audit.site_id).exclude)
    assert sorted(p[1] for p in after[victim]["pages"]) == reference_pages(audit.url, exclude)
