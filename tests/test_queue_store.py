"""The store side of the queue on the real PostgreSQL: concurrent writers of one site audit never
duplicate rows, a superseded attempt never overwrites the latest, attempts are bounded, and run
progress counts what the rows say."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from datetime import timedelta

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.app import app as api_app
from api.app import get_session
from api.runs import create_run as create_api_run
from api.runs import dispatch_run, sites_of
from checks.artifacts import Page, SiteArtifacts
from checks.detection import Detection
from crawler.audit import SiteResult
from crawler.queue import attempt_site_audit, conninfo, enqueue_run, redispatch_orphans
from crawler.runstate import claim_attempt, store_attempt
from crawler.score_year import latest_audits, latest_detections
from store.db import get_engine, session_scope
from store.models import AuditRun, DetectionRecord, PageRecord, SiteAudit
from store.progress import run_progress
from store.registry import upsert_institution
from store.repo import save_site_result
from store.settings import get_settings

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg(pg_registry):
    """The two-institution database (conftest ``pg_registry``) with a run enqueued over them."""
    return pg_registry, enqueue_run(get_settings(), 2026)


def result(url: str, n_pages: int, label: str) -> SiteResult:
    """A finished site audit with ``n_pages`` pages and M08 options 1–8 (option 7 true)."""
    pages = [Page(url=f"{url}{label}/{i}", final_url=f"{url}{label}/{i}", status=200, title=label)
             for i in range(n_pages)]
    site = SiteArtifacts(declared_url=url, homepage_url=url, pages=pages)
    dets = [Detection("M08", str(o), o == 7, "detected" if o == 7 else "not_detected", 0.9, reason=label)
            for o in range(1, 9)]
    return SiteResult(url=url, status="ok", artifacts=site, detections=dets)


def audits(url: str, run_id: int) -> list[SiteAudit]:
    with session_scope(url) as session:
        return list(session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id).order_by(SiteAudit.id)))


def rows(url: str, site_audit_id: int) -> tuple[list[str], list[tuple]]:
    with session_scope(url) as session:
        pages = session.exec(select(PageRecord.title).where(PageRecord.site_audit_id == site_audit_id)).all()
        dets = session.exec(select(DetectionRecord.option, DetectionRecord.reason)
                            .where(DetectionRecord.site_audit_id == site_audit_id)).all()
    return sorted(pages), sorted(dets)


def test_concurrent_writers_of_one_site_audit_take_turns(pg):
    url, run_id = pg
    target = audits(url, run_id)[0]
    barrier, errors = threading.Barrier(4), []

    def write(label: str, n_pages: int) -> None:
        try:
            with Session(get_engine(url), expire_on_commit=False) as session:
                audit = session.get(SiteAudit, target.id)
                barrier.wait()
                save_site_result(session, audit, result(target.url, n_pages, label))
                session.commit()
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(f"w{i}", 3 + i)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    pages, dets = rows(url, target.id)
    winner = pages[0]                                   # one writer's rows, whole, nobody else's
    assert pages == [winner] * (3 + int(winner[1:]))
    assert dets == [(str(o), winner) for o in range(1, 9)]


def test_only_the_latest_attempt_is_stored(pg):
    url, run_id = pg
    target = audits(url, run_id)[0]
    with session_scope(url) as session:
        stale = claim_attempt(session, target.id, "host:1")
    with session_scope(url) as session:                # the job was found stalled and retried
        latest = claim_attempt(session, target.id, "host:2")
    assert (stale.attempt, latest.attempt) == (1, 2)
    with session_scope(url) as session:
        assert store_attempt(session, latest, result(target.url, 2, "latest"), "4.10.0") is True
    with session_scope(url) as session:                # the lost worker was alive after all
        assert store_attempt(session, stale, result(target.url, 5, "stale"), "4.10.0") is False
    with session_scope(url) as session:
        assert claim_attempt(session, target.id, "host:3") is None      # finished: nothing to attempt
    assert rows(url, target.id)[0] == ["latest", "latest"]
    done = audits(url, run_id)[0]
    assert (done.status, done.attempts, done.worker) == ("ok", 2, "host:2")


def test_attempts_are_bounded_and_the_last_site_triggers_scoring(pg):
    url, run_id = pg
    first, second = audits(url, run_id)
    with session_scope(url) as session:
        store_attempt(session, claim_attempt(session, first.id, "w:1"), result(first.url, 1, "x"), None)
        for _ in range(get_settings().queue_max_attempts):  # three starts, no result (workers lost)
            claim_attempt(session, second.id, "w:1")
    assert asyncio.run(attempt_site_audit(get_settings(), second.id)) == "gave up"
    gave_up = audits(url, run_id)[1]
    assert (gave_up.status, gave_up.attempts) == ("failed", 4)
    assert gave_up.errors[0]["kind"] == "audit_gave_up"
    with session_scope(url) as session:
        assert session.get(AuditRun, run_id).status == "scoring"
    with psycopg.connect(conninfo(url)) as conn:
        jobs = conn.execute("SELECT args FROM procrastinate_jobs WHERE task_name = 'eindex.score_run'").fetchall()
    assert jobs == [({"run_id": run_id},)]                  # one final scoring job, deferred with the state


def test_the_apis_start_a_run_enqueues_on_postgres(pg):
    url, _ = pg
    with session_scope(url) as session:
        run = create_api_run(session, 2026, sites_of(session, ["b"]))
        session.flush()
        run_id = run.id
    dispatch_run(run_id)
    audit_ids = [a.id for a in audits(url, run_id)]
    with psycopg.connect(conninfo(url)) as conn:
        jobs = conn.execute("SELECT args->>'site_audit_id', queue_name FROM procrastinate_jobs "
                            "WHERE task_name = 'eindex.audit_site' AND (args->>'site_audit_id')::int = ANY(%s)",
                            (audit_ids,)).fetchall()
    assert len(audit_ids) == 1 and jobs == [(str(audit_ids[0]), "crawl")]


def test_progress_counts_sites_and_pages(pg, monkeypatch):
    url, run_id = pg
    first, second = audits(url, run_id)
    with session_scope(url) as session:
        claim = claim_attempt(session, first.id, "w:1")
        done = result(first.url, 3, "x")
        done.artifacts.pages[0].status = None           # one page could not be fetched
        store_attempt(session, claim, done, None)
        claim_attempt(session, second.id, "w:2")
    with session_scope(url) as session:
        progress = run_progress(session, run_id)
    assert progress["sites"] == {"total": 2, "done": 1, "failed": 0, "left": 1, "running": 1}
    assert progress["pages"] == {"fetched": 2, "rendered": 0}

    def session_override():
        with Session(get_engine(url)) as session:
            yield session
    monkeypatch.setenv("EINDEX_PUBLIC_READ", "true")
    monkeypatch.setenv("EINDEX_ENVIRONMENT", "test")
    get_settings.cache_clear()
    api_app.dependency_overrides[get_session] = session_override
    try:
        client = TestClient(api_app)
        body = client.get(f"/audit-runs/{run_id}/progress").json()
        assert body["sites"] == progress["sites"] and body["status"] == "running"
        assert client.get("/audit-runs/999/progress").status_code == 404
    finally:
        api_app.dependency_overrides.clear()


def test_processes_starting_together_migrate_in_turn(pg_url):
    """The API and two workers start at once (docker compose) and each migrates: all succeed."""
    code = f"from store.db import migrate; migrate({pg_url!r})"
    procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE) for _ in range(3)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0], [p.stderr.read()[-300:] for p in procs]


def test_a_run_never_dispatched_is_picked_up_by_the_sweep(pg):
    url, enqueued = pg
    with session_scope(url) as session:               # committed, then the process died: no jobs
        run = create_api_run(session, 2026, sites_of(session, ["a"]))
        session.flush()
        orphan_run = run.id
    assert redispatch_orphans(get_settings()) == 0    # too young: its dispatch may still be on the way
    with session_scope(url) as session:
        session.get(AuditRun, orphan_run).started_at -= timedelta(minutes=10)
    orphan = audits(url, orphan_run)[0].id
    assert redispatch_orphans(get_settings()) == 1
    assert redispatch_orphans(get_settings()) == 0    # once only
    with psycopg.connect(conninfo(url)) as conn:
        jobs = conn.execute("SELECT (args->>'site_audit_id')::int FROM procrastinate_jobs "
                            "WHERE task_name = 'eindex.audit_site' ORDER BY 1").fetchall()
    assert [j for (j,) in jobs] == sorted([a.id for a in audits(url, enqueued)] + [orphan])


def test_a_claim_carries_the_institutions_social_accounts_on_every_site(pg):
    """A queued site audit reads the institution's declared social accounts (K11M_* feeds) like an
    in-process run does: on each of the institution's sites, not only the main one (review #12)."""
    url, _ = pg
    with session_scope(url) as session:
        upsert_institution(session, "c", "C", None, False,
                           [("https://c.example.lv/", []), ("https://c2.example.lv/", [])],
                           [("facebook", "https://www.facebook.com/c.lv")])
    run_id = enqueue_run(get_settings(), 2026)
    by_url = {a.url: a.id for a in audits(url, run_id)}
    with session_scope(url) as session:
        main = claim_attempt(session, by_url["https://c.example.lv/"], "host:1")
        second = claim_attempt(session, by_url["https://c2.example.lv/"], "host:1")
    assert main.social == ("https://www.facebook.com/c.lv",)
    assert second.social == ("https://www.facebook.com/c.lv",)


def failed_night(url: str) -> SiteResult:
    """A night the site was down: ``failed``, with M08 rows in ``error`` (nothing decided)."""
    site = SiteArtifacts(declared_url=url, homepage_url=url)
    dets = [Detection("M08", str(o), None, "error", 0.0, reason="down") for o in range(1, 9)]
    return SiteResult(url=url, status="failed", artifacts=site, detections=dets)


def test_a_later_failed_audit_keeps_the_sites_decided_detections(pg):
    """Site a: ok on night 1, down on night 2 → night 1's detections still count. Site b: failed both
    nights → its latest failed audit is all there is."""
    url, night1 = pg
    night2 = enqueue_run(get_settings(), 2026)
    (a1, b1), (a2, b2) = audits(url, night1), audits(url, night2)
    for audit, res in ((a1, result(a1.url, 1, "night1")), (b1, failed_night(b1.url)),
                       (a2, failed_night(a2.url)), (b2, failed_night(b2.url))):
        with session_scope(url) as session:
            assert store_attempt(session, claim_attempt(session, audit.id, "w:1"), res, None)
    with session_scope(url) as session:
        assert latest_audits(session, 2026) == {a1.site_id: a1.id, b1.site_id: b2.id}
        latest = latest_detections(session, 2026)
    assert sorted((d.option, d.value, d.status, d.reason) for d in latest["a"][0]) == \
        [(str(o), o == 7, "detected" if o == 7 else "not_detected", "night1") for o in range(1, 9)]
    assert {(d.status, d.reason) for d in latest["b"][0]} == {("error", "down")}
