"""In-process audit runs on SQLite over a local corpus site (review r1): a run whose browser cannot start
ends ``failed`` with its site audits closed, never ``running`` for ever; each site result is stored off
the event loop (the other sites' crawls and renders go on meanwhile); a stored site result is not kept in
memory while the rest of the run goes on."""

from __future__ import annotations

import asyncio
import gc
import weakref

import pytest
from playwright.async_api import Error as PlaywrightError
from sqlmodel import select

from api.static_server import StaticServer
from crawler.run import RUN_STOPPED, audit_run
from store.db import migrate, session_scope
from store.models import AuditRun, Site, SiteAudit
from store.registry import upsert_institution
from store.settings import Settings

EXCLUDE = ["*/reports/*", "*/annotated/*"]


@pytest.fixture
def served(tmp_path, shared):
    """Settings on a migrated SQLite file, one site at a time, and the w3c-bad corpus on 127.0.0.1."""
    settings = Settings(data_dir=tmp_path, allow_private=["127.0.0.1"], max_pages=3, max_rendered=1, ckan_url="",
                        sites_in_parallel=1)
    migrate(settings.db_url)
    with StaticServer(shared / "corpus" / "sites" / "w3c-bad") as server:
        yield settings, server.url


def _sites(settings: Settings, *urls: str) -> list[Site]:
    """One institution per URL ("i0", "i1", …), its sites in that order."""
    with session_scope(settings.db_url) as session:
        for n, url in enumerate(urls):
            upsert_institution(session, f"i{n}", f"I{n}", None, False, [(url, EXCLUDE)])
    with session_scope(settings.db_url) as session:
        return list(session.exec(select(Site).order_by(Site.institution_id)))


def test_a_run_whose_browser_cannot_start_ends_failed(served):
    settings, base = served
    settings.chromium_path = "/nonexistent/chromium"
    sites = _sites(settings, base + "before/home.html", base + "after/home.html")
    with pytest.raises(PlaywrightError):
        asyncio.run(audit_run(2026, sites, settings))
    with session_scope(settings.db_url) as session:
        (run,) = session.exec(select(AuditRun)).all()
        audits = session.exec(select(SiteAudit).where(SiteAudit.run_id == run.id)).all()
    assert run.status == "failed" and run.finished_at is not None
    assert [(a.status, a.errors[0]["kind"]) for a in audits] == [("failed", "internal")] * 2
    assert all(a.errors[0]["message"].startswith(RUN_STOPPED) for a in audits)


def test_site_results_are_stored_off_the_event_loop(served):
    settings, base = served
    sites = _sites(settings, base + "before/home.html")
    on_loop = []

    def on_site(result) -> None:      # called right after the site's result is stored, in the same thread
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            on_loop.append(False)
        else:
            on_loop.append(True)

    run_id = asyncio.run(audit_run(2026, sites, settings, ["wcag2a"], on_site))
    assert on_loop == [False]
    with session_scope(settings.db_url) as session:
        (audit,) = session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id)).all()
    assert (audit.status, audit.pages_fetched) == ("partial", 3)


def test_a_stored_site_result_is_not_kept_while_the_run_goes_on(served):
    settings, base = served
    sites = _sites(settings, base + "before/home.html", base + "after/home.html")
    earlier: list[weakref.ref] = []
    alive: list[list[bool]] = []

    def on_site(result) -> None:      # sites_in_parallel = 1: the first site is stored before the second starts
        gc.collect()
        alive.append([ref() is not None for ref in earlier])
        earlier.append(weakref.ref(result))

    asyncio.run(audit_run(2026, sites, settings, ["wcag2a"], on_site))
    assert alive == [[], [False]]


def test_a_run_cancelled_midway_keeps_what_it_stored_and_ends_failed(served):
    settings, base = served
    sites = _sites(settings, base + "before/home.html", base + "after/home.html")

    async def main() -> None:         # the first site's result is stored, then the run is cancelled
        loop = asyncio.get_running_loop()
        task = asyncio.ensure_future(audit_run(2026, sites, settings, ["wcag2a"],
                                               lambda _result: loop.call_soon_threadsafe(task.cancel)))
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    with session_scope(settings.db_url) as session:
        (run,) = session.exec(select(AuditRun)).all()
        audits = session.exec(select(SiteAudit).where(SiteAudit.run_id == run.id).order_by(SiteAudit.site_id)).all()
    assert run.status == "failed"
    first, second = audits
    assert (first.status, first.pages_fetched) == ("partial", 3)
    assert (second.status, second.errors) == ("failed", [{"url": second.url, "kind": "internal",
                                                          "message": f"{RUN_STOPPED} (CancelledError)"}])
