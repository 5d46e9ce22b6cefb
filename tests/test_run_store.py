"""In-process audit runs on the real PostgreSQL over a local corpus site (review #18, #12): site audits
are keyed by site, so two institutions declaring one URL both get audited and stored; a store error on
one site leaves that site failed and the rest of the run goes on and finishes; every site of an
institution carries its declared social accounts."""

from __future__ import annotations

import asyncio

import psycopg
import pytest
from sqlmodel import select

from api.static_server import StaticServer
from crawler.queue import conninfo
from crawler.run import NOT_STORED, audit_run, execute_run, run_tags, site_jobs, start_run
from crawler.score_year import latest_detections
from store.db import migrate, session_scope
from store.models import AuditRun, Site, SiteAudit
from store.registry import upsert_institution
from store.settings import Settings

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
EXCLUDE = ["*/reports/*", "*/annotated/*"]


@pytest.fixture
def served(pg_url, tmp_path, shared):
    """Settings on a migrated PostgreSQL database, and the w3c-bad corpus served on 127.0.0.1."""
    migrate(pg_url)
    settings = Settings(database_url=pg_url, data_dir=tmp_path, allow_private=["127.0.0.1"], max_pages=3,
                        max_rendered=1, ckan_url="")
    with StaticServer(shared / "corpus" / "sites" / "w3c-bad") as server:
        yield settings, server.url


def sites_of(url: str, *institutions: str) -> list[Site]:
    with session_scope(url) as session:
        return list(session.exec(select(Site).where(Site.institution_id.in_(institutions))
                                 .order_by(Site.institution_id, Site.position)))


def audits_of(url: str, run_id: int) -> list[SiteAudit]:
    with session_scope(url) as session:
        return list(session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id).order_by(SiteAudit.site_id)))


def test_two_institutions_declaring_one_url_are_both_audited(served):
    settings, base = served
    url = settings.db_url
    shared_site = base + "before/home.html"
    with session_scope(url) as session:
        upsert_institution(session, "x", "X", None, False, [(shared_site, EXCLUDE)])
        upsert_institution(session, "y", "Y", None, False, [(shared_site, EXCLUDE)])
    sites = sites_of(url, "x", "y")
    run_id = asyncio.run(audit_run(2026, sites, settings))
    audits = audits_of(url, run_id)
    assert [(a.site_id, a.url, a.status) for a in audits] == [(s.id, shared_site, "partial") for s in sites]
    with session_scope(url) as session:
        assert session.get(AuditRun, run_id).status == "done"
        latest = latest_detections(session, 2026)
    assert sorted(latest) == ["x", "y"] and latest["x"][0] and len(latest["x"][0]) == len(latest["y"][0])


def test_a_store_error_on_one_site_fails_that_site_only(served):
    settings, base = served
    url = settings.db_url
    with session_scope(url) as session:
        upsert_institution(session, "x", "X", None, False, [(base + "before/home.html", EXCLUDE)])
        upsert_institution(session, "y", "Y", None, False, [(base + "after/home.html", EXCLUDE)])
    sites = sites_of(url, "x", "y")
    with session_scope(url) as session:
        run_id = start_run(session, 2026, sites, settings, run_tags(2026, settings)).id
    broken = audits_of(url, run_id)[0]
    with psycopg.connect(conninfo(url), autocommit=True) as conn:   # the database refuses x's page rows
        conn.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                     "$$ BEGIN RAISE EXCEPTION 'disk full'; END $$")
        conn.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON page FOR EACH ROW "
                     f"WHEN (NEW.site_audit_id = {broken.id}) EXECUTE FUNCTION refuse()")
    asyncio.run(execute_run(run_id, sites, settings, run_tags(2026, settings)))
    x, y = audits_of(url, run_id)
    assert (x.status, x.errors) == ("failed", [{"url": x.url, "kind": "internal", "message": NOT_STORED}])
    assert (y.status, y.pages_fetched) == ("partial", 3)
    with session_scope(url) as session:
        run = session.get(AuditRun, run_id)
        assert run.status == "done" and run.axe_version == "4.12.1"


def test_every_site_of_an_institution_carries_its_social_accounts(served):
    settings, base = served
    url = settings.db_url
    with session_scope(url) as session:
        upsert_institution(session, "x", "X", None, False,
                           [(base + "before/home.html", EXCLUDE), (base + "after/home.html", EXCLUDE)],
                           [("facebook", "https://www.facebook.com/x.lv"), ("youtube", "https://youtube.com/@x")])
        upsert_institution(session, "y", "Y", None, False, [(base + "before/news.html", [])])
    with session_scope(url) as session:
        jobs = site_jobs(session, sites_of(url, "x", "y"))
    accounts = ("https://www.facebook.com/x.lv", "https://youtube.com/@x")
    assert [j.social for j in jobs] == [accounts, accounts, ()]
