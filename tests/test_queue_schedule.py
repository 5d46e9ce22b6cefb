"""The nightly schedule with a frozen clock: cron read in Europe/Riga across daylight-saving changes,
one tick job per minute however many workers defer it, one run per night, never two runs at once, and
a night missed beyond the catch-up window not replayed."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import psycopg
import pytest
from procrastinate import PsycopgConnector
from procrastinate.jobs import Status
from procrastinate.periodic import MARGIN, PeriodicDeferrer
from sqlmodel import select

from crawler.queue import app, conninfo, nightly_tick, start_nightly
from crawler.schedule import due_night, latest_fire, validate
from store.db import session_scope
from store.models import AuditRun, SiteAudit
from store.settings import get_settings

RIGA = ZoneInfo("Europe/Riga")
NIGHTLY, SIX_HOURS = "0 2 * * *", timedelta(hours=6)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize("at, fire", [
    # winter (EET, UTC+2): 02:00 Riga is 00:00 UTC
    ("2026-01-10 00:00:00", "2026-01-10 00:00:00"),
    ("2026-01-09 23:59:59", "2026-01-09 00:00:00"),
    # night of the spring change (29 March 2026, 03:00 EET → 04:00 EEST): 02:00 is still EET
    ("2026-03-29 00:00:00", "2026-03-29 00:00:00"),
    # summer (EEST, UTC+3): 02:00 Riga is 23:00 UTC the day before
    ("2026-07-01 23:00:00", "2026-07-01 23:00:00"),
    ("2026-07-01 22:59:00", "2026-06-30 23:00:00"),
    # night of the autumn change (25 October 2026, 04:00 EEST → 03:00 EET): 02:00 is still EEST
    ("2026-10-25 01:30:00", "2026-10-24 23:00:00"),
])
def test_latest_fire_reads_cron_in_riga_time(at, fire):
    assert latest_fire(NIGHTLY, "Europe/Riga", utc(at)) == utc(fire)


def test_due_night_only_inside_the_catch_up_window():
    midnight = utc("2026-01-10 00:00:00")
    assert due_night(NIGHTLY, "Europe/Riga", utc("2026-01-10 06:00:00"), SIX_HOURS) == midnight
    assert due_night(NIGHTLY, "Europe/Riga", utc("2026-01-10 06:00:01"), SIX_HOURS) is None
    with pytest.raises(ValueError):
        validate("0 25 * * *", "Europe/Riga")
    with pytest.raises(ValueError):
        validate(NIGHTLY, "Europe/Rīga")


def riga(day: str, hhmm: str) -> datetime:
    return datetime.fromisoformat(f"{day} {hhmm}").replace(tzinfo=RIGA)


def minutes(start: datetime, count: int) -> list[int]:
    return [int((start + timedelta(minutes=i)).timestamp()) for i in range(count)]


class Cluster:
    """Two workers' periodic deferrers and a job runner on a frozen clock (ticks are given, never read)."""

    def __init__(self, url: str) -> None:
        self.url, self.deferrers = url, []
        self.restart()

    def restart(self) -> None:
        """Both workers (re)start: fresh deferrers that remember nothing."""
        self.deferrers = [PeriodicDeferrer(registry=app.periodic_registry) for _ in range(2)]

    async def tick(self, timestamps: list[int]) -> dict[datetime, int]:
        """Each worker's deferrer wakes at each timestamp (plus procrastinate's margin); then the
        deferred tick jobs run in order. Returns the runs started: tick time (Riga) → run id."""
        started = {}
        for ts in timestamps:
            for deferrer in self.deferrers:
                await deferrer.defer_jobs(deferrer.get_previous_tasks(at=ts + MARGIN))
            for job_id, args in self.todo():
                run_id = await nightly_tick(**args)
                await app.job_manager.finish_job_by_id_async(job_id, status=Status.SUCCEEDED,
                                                             delete_job=False)
                if run_id is not None:
                    started[datetime.fromtimestamp(args["timestamp"], RIGA)] = run_id
        return started

    def todo(self) -> list[tuple[int, dict]]:
        with psycopg.connect(conninfo(self.url)) as conn:
            return conn.execute("SELECT id, args FROM procrastinate_jobs WHERE status = 'todo' "
                                "AND task_name = 'eindex.nightly_tick' ORDER BY id").fetchall()

    def tick_jobs(self) -> int:
        with psycopg.connect(conninfo(self.url)) as conn:
            return conn.execute("SELECT count(*) FROM procrastinate_jobs "
                                "WHERE task_name = 'eindex.nightly_tick'").fetchone()[0]


def runs(url: str) -> list[AuditRun]:
    with session_scope(url) as session:
        return list(session.exec(select(AuditRun).order_by(AuditRun.id)).all())


def finish(url: str, run_id: int) -> None:
    """What the workers would do: every site audited, the run scored."""
    with session_scope(url) as session:
        for audit in session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id)):
            audit.status = "ok"
            session.add(audit)
        run = session.get(AuditRun, run_id)
        run.status = "done"
        session.add(run)


@pytest.fixture
def pg(pg_registry):
    return pg_registry


@pytest.mark.postgres
async def test_nightly_fires_once_per_night_never_overlaps_and_skips_a_missed_night(pg):
    settings = get_settings()
    assert (settings.schedule_cron, settings.schedule_timezone) == ("0 2 * * *", "Europe/Riga")
    with app.replace_connector(PsycopgConnector(conninfo=conninfo(pg))):
        async with app.open_async():
            cluster = Cluster(pg)
            # night 1 (winter): two workers tick 01:58–02:05; one job per minute, one run at 02:00
            started = await cluster.tick(minutes(riga("2026-03-28", "01:58"), 8))
            assert cluster.tick_jobs() == 8
            first = runs(pg)
            assert len(first) == 1 and started == {riga("2026-03-28", "02:00"): first[0].id}
            assert (first[0].trigger, first[0].scheduled_for, first[0].assessment_year) == (
                "schedule", utc("2026-03-28 00:00:00"), 2026)
            with psycopg.connect(conninfo(pg)) as conn:
                audit_jobs = conn.execute("SELECT count(*) FROM procrastinate_jobs "
                                          "WHERE task_name = 'eindex.audit_site'").fetchone()[0]
            assert audit_jobs == 2                          # fan-out: one job per site audit
            # night 2 (the spring DST night): run 1 still running at 02:00 → no second run
            assert await cluster.tick(minutes(riga("2026-03-29", "01:58"), 8)) == {}
            assert len(runs(pg)) == 1
            finish(pg, first[0].id)                         # run 1 ends at 02:29: the night's run follows
            started = await cluster.tick(minutes(riga("2026-03-29", "02:06"), 30))
            second = runs(pg)[1:]
            assert len(second) == 1 and started == {riga("2026-03-29", "02:06"): second[0].id}
            assert second[0].scheduled_for == utc("2026-03-29 00:00:00")
            finish(pg, second[0].id)
            # night 3 (summer time): the workers are down until 09:00, 7 h after 02:00 → not replayed
            cluster.restart()
            assert await cluster.tick(minutes(riga("2026-03-30", "09:00"), 4)) == {}
            assert len(runs(pg)) == 2
            # night 4: 02:00 EEST is 23:00 UTC; one run, whatever number of ticks see it
            cluster.restart()
            started = await cluster.tick(minutes(riga("2026-03-31", "01:59"), 4))
            fourth = runs(pg)[2:]
            assert len(fourth) == 1 and started == {riga("2026-03-31", "02:00"): fourth[0].id}
            assert fourth[0].scheduled_for == utc("2026-03-30 23:00:00")
            # replaying a night's ticks (e.g. a worker with a slow clock) starts nothing
            finish(pg, fourth[0].id)
            assert await cluster.tick(minutes(riga("2026-03-31", "02:00"), 2)) == {}
    assert [r.scheduled_for for r in runs(pg)] == [
        utc("2026-03-28 00:00:00"), utc("2026-03-29 00:00:00"), utc("2026-03-30 23:00:00")]


@pytest.mark.postgres
def test_concurrent_ticks_of_one_night_start_one_run(pg):
    settings = get_settings()
    night = int(riga("2026-05-05", "02:00").timestamp())
    with ThreadPoolExecutor(4) as pool:
        started = list(pool.map(lambda ts: start_nightly(settings, ts),
                                [night, night + 60, night, night + 120]))
    assert len([s for s in started if s is not None]) == 1
    assert len(runs(pg)) == 1 and runs(pg)[0].scheduled_for == utc("2026-05-04 23:00:00")


@pytest.mark.postgres
def test_disabled_schedule_starts_nothing(pg, monkeypatch):
    monkeypatch.setenv("EINDEX_SCHEDULE_ENABLED", "false")
    get_settings.cache_clear()
    assert asyncio.run(asyncio.to_thread(start_nightly, get_settings(),
                                         int(riga("2026-05-05", "02:00").timestamp()))) is None
    assert runs(pg) == []
