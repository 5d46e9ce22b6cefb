"""A queue worker on the real PostgreSQL over a local corpus site: an audit that raises is retried by
procrastinate and the retry's result is what is stored (review #10), and one worker starts one browser
for all its site audits (review #16)."""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import ExitStack

import psycopg
import pytest
from sqlmodel import select

from api.static_server import StaticServer
from crawler.queue import attempt_site_audit, conninfo, enqueue_run, run_worker
from crawler.run import Workbench
from store.db import migrate, session_scope
from store.models import AuditRun, Score, Site, SiteAudit
from store.settings import get_settings
from tests.pg_helpers import CORPUS_SITES, register_corpus, worker_env

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def corpus(pg_url, monkeypatch, tmp_path):
    """A migrated database with the first two corpus sites registered and served; yields the database
    URL and the evidence folder."""
    data = tmp_path / "data"
    with ExitStack() as stack:
        for key, value in worker_env(pg_url, data, EINDEX_MAX_PAGES="3").items():
            monkeypatch.setenv(key, value)
        get_settings.cache_clear()
        migrate(pg_url)
        root = get_settings().shared_dir / "corpus" / "sites"
        bases = {"w3c-bad": stack.enter_context(StaticServer(root / "w3c-bad")).url}
        with session_scope(pg_url) as session:
            register_corpus(session, bases, CORPUS_SITES[:2])
        yield pg_url, data
    get_settings.cache_clear()


def jobs(url: str) -> list[tuple]:
    with psycopg.connect(conninfo(url)) as conn:
        return conn.execute("SELECT status::text, attempts, scheduled_at FROM procrastinate_jobs "
                            "WHERE task_name = 'eindex.audit_site' ORDER BY id").fetchall()


def site_audits(url: str, run_id: int) -> list[SiteAudit]:
    with session_scope(url) as session:
        return list(session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id).order_by(SiteAudit.id)))


def test_a_transient_failure_is_retried_and_the_retry_is_stored(corpus):
    url, data = corpus
    data.mkdir(parents=True)
    (data / "warc").write_text("a file where the evidence folder belongs")   # the disk is broken …
    with session_scope(url) as session:
        before = session.exec(select(Site.id).where(Site.institution_id == "t-before")).one()
    run_id = enqueue_run(get_settings(), 2026, site_ids=[before])
    asyncio.run(run_worker(get_settings(), queues=["crawl"], wait=False))
    [(status, attempts, retry_at)] = jobs(url)
    [audit] = site_audits(url, run_id)
    assert (status, attempts) == ("todo", 1)                  # procrastinate will retry it
    assert (audit.status, audit.attempts, audit.errors) == ("pending", 1, [])

    (data / "warc").unlink()                                  # … and repaired before the retry
    time.sleep(max(0.0, retry_at.timestamp() - time.time()) + 0.2)
    asyncio.run(run_worker(get_settings(), queues=["crawl", "score"], wait=False))
    assert [j[:2] for j in jobs(url)] == [("succeeded", 2)]
    [audit] = site_audits(url, run_id)
    # home.html links four pages of its folder: the 3-page budget is spent, hence "partial", no error
    assert (audit.status, audit.attempts, audit.errors) == ("partial", 2, [])
    assert audit.pages_fetched == 3 and (data / "warc" / audit.warc_file).is_file()
    with session_scope(url) as session:
        assert session.get(AuditRun, run_id).status == "done"
        assert session.exec(select(Score.institution_id).where(Score.year == 2026)).all() == ["t-before"]


def test_one_worker_starts_one_browser_for_all_its_site_audits(corpus, caplog):
    url, _ = corpus
    run_id = enqueue_run(get_settings(), 2026)
    with caplog.at_level(logging.INFO, logger="crawler.queue"):
        asyncio.run(run_worker(get_settings(), queues=["crawl"], wait=False))
    assert [(a.status, a.attempts) for a in site_audits(url, run_id)] == [("partial", 1)] * 2
    assert "2 site audits, 1 browser launch(es)" in caplog.text

    async def two_on_one_bench() -> tuple[list[str], int]:   # the same, one attempt at a time
        run = enqueue_run(get_settings(), 2026)
        async with Workbench(get_settings()) as bench:
            done = [await attempt_site_audit(get_settings(), a.id, bench) for a in site_audits(url, run)]
        return done, bench.launches
    assert asyncio.run(two_on_one_bench()) == (["stored", "stored"], 1)
