"""A whole audit run over the hostile site (crawl, render, social feed, checks, store) twice: it
finishes, reports each trap with its kind, validates against the audit contract, stores page rows that
point into the WARC file, and a re-run writes a new WARC file without touching the first."""

from __future__ import annotations

import asyncio
import hashlib
import json

import jsonschema
import pytest
from sqlmodel import select
from warcio.archiveiterator import ArchiveIterator

from crawler.run import audit_run
from store.db import migrate, session_scope
from store.models import PageRecord, Site, SiteAudit
from store.registry import upsert_institution
from tests.hostile.routes import RoutesServer
from tests.hostile.server import HostileServer
from tests.test_crawler_social import ROUTES as SOCIAL_ROUTES

YOUTUBE = "http://www.youtube.com/channel/UCabcdefghijklmnopqrstuv"


@pytest.fixture(scope="module")
def servers():
    with HostileServer() as hostile, RoutesServer(SOCIAL_ROUTES) as social:
        yield hostile, social


def _run(settings, seen):
    with session_scope(settings.db_url) as session:
        upsert_institution(session, "90000000001", "Naidīgā iestāde", None, False,
                           [("http://www.hostile.lv/", [])], [("youtube", YOUTUBE)])
        session.flush()
        sites = session.exec(select(Site).where(Site.institution_id == "90000000001")).all()
    return asyncio.run(audit_run(2026, sites, settings, ["wcag2a"], seen.append))


def test_audit_run_stores_evidence_and_never_overwrites(servers, settings, shared):
    hostile, social = servers
    resolve = {**social.resolve(), "www.hostile.lv": f"127.0.0.1:{hostile.port}",
               "internal.hostile.lv": "10.0.0.1:80"}
    settings = settings.model_copy(update=dict(
        resolve=resolve, politeness_delay=0.0, response_timeout=3.0, page_timeout=15.0, retry_backoff=0.1,
        max_depth=2, max_rendered=3, network_idle_cap=1.0, site_timeout=120.0, ckan_url=""))
    migrate(settings.db_url)
    seen = []
    first_run = _run(settings, seen)
    result = seen[0]
    kinds = {e.kind for e in result.errors}
    assert {"redirect_loop", "too_large", "timeout", "not_html", "http_status",
            "refused_private_address"} <= kinds
    assert result.status == "partial" and result.to_dict()["pages_rendered"] == 3
    schema = json.loads((shared / "contract" / "audit.schema.json").read_text())
    jsonschema.validate({"axe_version": "4", "sites": [result.to_dict()]}, schema)
    assert result.artifacts.feeds[0].latest == "2026-10-15T06:30:00+00:00"

    warc_path = settings.data_dir / "warc" / result.warc_file
    with session_scope(settings.db_url) as session:
        audit = session.exec(select(SiteAudit).where(SiteAudit.run_id == first_run)).one()
        assert audit.warc_file == result.warc_file and audit.feeds[0]["account_url"] == YOUTUBE
        rows = session.exec(select(PageRecord).where(PageRecord.site_audit_id == audit.id)).all()
    fetched = [r for r in rows if r.status_code is not None]
    assert len(fetched) == result.to_dict()["pages_fetched"]
    assert sum(r.rendered for r in rows) == 3 and all(r.screenshot_sha256 for r in rows if r.rendered)
    with open(warc_path, "rb") as fh:
        for row in fetched:
            fh.seek(row.warc_offset)
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_type == "response"
            assert record.rec_headers.get_header("WARC-Target-URI") in (row.url, row.final_url)
    big = next(r for r in rows if r.url.endswith("/big"))
    assert big.truncated and big.size_bytes == settings.max_bytes and big.error_kind == "too_large"

    digest = hashlib.sha256(warc_path.read_bytes()).hexdigest()
    _run(settings, seen)
    assert seen[1].warc_file != result.warc_file
    assert hashlib.sha256(warc_path.read_bytes()).hexdigest() == digest
