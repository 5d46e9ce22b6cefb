"""The queue's command line: ``eindex worker`` needs PostgreSQL, ``eindex run`` enqueues there and runs
in-process on SQLite, ``eindex progress`` reports and follows a run."""

from __future__ import annotations

import json

import psycopg
import pytest
from sqlmodel import select
from typer.testing import CliRunner

from api.cli import app as cli
from api.static_server import StaticServer
from crawler.queue import conninfo
from store.db import migrate, session_scope
from store.models import AuditRun, Score, SiteAudit
from store.registry import upsert_institution
from store.settings import get_settings


@pytest.fixture
def use_db(monkeypatch, tmp_path):
    """Point the settings at a database URL (None: SQLite under tmp_path)."""
    def use(url: str | None) -> None:
        monkeypatch.setenv("EINDEX_DATA_DIR", str(tmp_path))
        monkeypatch.setenv("DATABASE_URL", url or "")
        monkeypatch.setenv("EINDEX_ALLOW_PRIVATE", '["127.0.0.1"]')
        monkeypatch.setenv("EINDEX_MAX_PAGES", "3")
        monkeypatch.setenv("EINDEX_MAX_RENDERED", "1")
        get_settings.cache_clear()
    yield use
    get_settings.cache_clear()


def test_worker_refuses_without_postgres(use_db):
    use_db(None)
    result = CliRunner().invoke(cli, ["worker"])
    assert result.exit_code == 2 and "PostgreSQL" in result.output


@pytest.mark.postgres
def test_worker_refuses_unknown_queues(use_db, pg_url):
    use_db(pg_url)
    assert CliRunner().invoke(cli, ["worker", "--queues", "crawl,bogus"]).exit_code == 2


@pytest.mark.postgres
def test_run_enqueues_and_progress_reports_and_follows(use_db, pg_url):
    use_db(pg_url)
    migrate(pg_url)
    with session_scope(pg_url) as session:
        upsert_institution(session, "a", "A", None, False, [("https://www.example.lv/", [])])
        upsert_institution(session, "b", "B", None, False, [("https://b.example.lv/", [])])
    runner = CliRunner()
    result = runner.invoke(cli, ["run", "--year", "2026", "--no-watch"])
    assert result.exit_code == 0, result.output
    run_id = int(result.output.split()[1])
    with psycopg.connect(conninfo(pg_url)) as conn:
        assert conn.execute("SELECT count(*) FROM procrastinate_jobs "
                            "WHERE task_name = 'eindex.audit_site'").fetchone()[0] == 2
    out = json.loads(runner.invoke(cli, ["progress", str(run_id), "--json"]).stdout)
    assert (out["status"], out["sites"]["total"], out["sites"]["left"]) == ("running", 2, 2)
    with session_scope(pg_url) as session:          # what the workers would do
        for audit in session.exec(select(SiteAudit)):
            audit.status, audit.pages_fetched = "ok", 4
            session.add(audit)
        session.get(AuditRun, run_id).status = "done"
    result = runner.invoke(cli, ["progress", str(run_id), "--watch"])
    assert result.exit_code == 0
    assert result.output.strip().endswith(f"run {run_id} done: 2 done, 0 failed, 0 left of 2 sites; "
                                          "8 pages fetched, 0 rendered")
    assert runner.invoke(cli, ["progress", "999"]).exit_code == 2


def test_run_without_postgres_audits_in_process_and_scores(use_db, shared):
    use_db(None)
    url = get_settings().db_url
    migrate(url)
    with StaticServer(shared / "corpus" / "sites" / "w3c-bad") as server:
        with session_scope(url) as session:
            upsert_institution(session, "after", "After", None, False, [(server.url + "after/home.html", [])])
        result = CliRunner().invoke(cli, ["run", "--year", "2026", "--no-watch"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("run 1 done")
    with session_scope(url) as session:
        audit = session.exec(select(SiteAudit)).one()
        # the 3-page budget cuts the crawl of the site's 5 pages: partial (audit.schema.json)
        assert (audit.status, audit.pages_fetched, audit.pages_rendered) == ("partial", 3, 1)
        assert session.exec(select(AuditRun)).one().status == "done"
        assert session.exec(select(Score.institution_id).where(Score.year == 2026)).all() == ["after"]
