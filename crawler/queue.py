"""The distributed task queue: procrastinate on the service's own PostgreSQL (no other broker).

One audit run fans out into one ``crawl`` job per site audit; the site audit that finishes a run last
defers one ``score`` job, which scores the run's assessment year (``crawler.score_year.score_year``).
The ``schedule`` queue carries two periodic jobs every worker's deferrer offers (procrastinate's
periodic-defer table keeps one job per tick however many workers run): the nightly tick (every minute;
it starts the night's run when ``crawler.schedule.due_night`` says so, at most one run per night and
never while another run is active) and the stalled-job sweep (procrastinate retries on exceptions only;
a worker killed with SIGKILL stops sending heartbeats, and the sweep hands its job back to the queue).

Attempts are bounded by the store, not by procrastinate's retry count: each start of a site audit adds
one to ``SiteAudit.attempts``, and an attempt beyond ``queue_max_attempts`` marks the site audit failed
for good, so retries after exceptions and after lost workers share one bound. Results are written only
by the latest attempt (see ``crawler.runstate``), so a restarted site audit never duplicates a row.

Settings: ``worker_concurrency``, ``schedule_cron``, ``schedule_timezone``, ``schedule_catchup_hours``,
``queue_max_attempts``, ``queue_heartbeat``, ``queue_stalled_after``, ``queue_sweep_cron`` (README).
Docs: https://procrastinate.readthedocs.io/ (howto: cron, retry stalled jobs, locks).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from procrastinate import App, JobContext, PsycopgConnector, RetryStrategy, SyncPsycopgConnector
from procrastinate.jobs import Status
from procrastinate.manager import JobManager
from procrastinate.tasks import Task
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from crawler.audit import SiteJob
from crawler.politeness_pg import PgOriginLimiter
from crawler.run import Workbench, run_tags
from crawler.runstate import (
    Claim,
    active_run,
    active_sites,
    claim_attempt,
    complete_if_done,
    create_run,
    finish_scoring,
    give_up,
    lock_run_starts,
    run_for_night,
    store_attempt,
    unattempted,
)
from crawler.schedule import due_night, validate
from store.db import session_scope
from store.settings import Settings, get_settings

CRAWL_QUEUE, SCORE_QUEUE, SCHEDULE_QUEUE = "crawl", "score", "schedule"
QUEUES = (CRAWL_QUEUE, SCORE_QUEUE, SCHEDULE_QUEUE)
log = logging.getLogger(__name__)

# The connector is replaced by run_worker() with one built from settings; importing opens nothing.
app = App(connector=PsycopgConnector())


def conninfo(db_url: str) -> str:
    """The libpq connection string of a SQLAlchemy PostgreSQL URL (``postgresql+psycopg://…``)."""
    return make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)


def worker_name() -> str:
    """This worker process as ``host:pid`` (recorded on the site audits it attempts)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def defer_in(session: Session, task: Task, kwargs: Iterable[dict]) -> None:
    """Defer jobs of ``task`` inside ``session``'s transaction: they exist exactly when the rows written
    with them commit (procrastinate's ``connection=`` deferral on the session's psycopg connection)."""
    deferrer = task.configure()
    jobs = [deferrer.make_new_job(**kw) for kw in kwargs]
    if jobs:
        connection = session.connection().connection.driver_connection
        JobManager(SyncPsycopgConnector()).batch_defer_jobs(jobs, connection=connection)


def _transaction(settings: Settings, work: Callable[[Session], object]) -> object:
    with session_scope(settings.db_url) as session:
        return work(session)


def _fan_out(session: Session, settings: Settings, year: int, site_ids: list[int] | None, trigger: str,
             scheduled_for: datetime | None) -> int:
    run, audit_ids = create_run(session, year, active_sites(session, site_ids), settings,
                                run_tags(year, settings), trigger, scheduled_for)
    defer_in(session, audit_site_job, ({"site_audit_id": i} for i in audit_ids))
    if not audit_ids and complete_if_done(session, run.id):
        defer_in(session, score_run_job, [{"run_id": run.id}])
    return run.id


def enqueue_run(settings: Settings, year: int, site_ids: list[int] | None = None) -> int:
    """Start a run now over the declared sites of the active institutions (or ``site_ids``): the run,
    its site audits and their jobs commit together; returns the run id. Needs PostgreSQL."""
    def work(session: Session) -> int:
        lock_run_starts(session)
        return _fan_out(session, settings, year, site_ids, "manual", None)
    return _transaction(settings, work)


def enqueue_started_run(settings: Settings, run_id: int) -> int:
    """Defer the crawl jobs of a run created and committed elsewhere (the API's ``POST /audit-runs``),
    one per site audit not yet attempted; returns how many were deferred."""
    def work(session: Session) -> int:
        audit_ids = unattempted(session, run_id)
        defer_in(session, audit_site_job, ({"site_audit_id": i} for i in audit_ids))
        if not audit_ids and complete_if_done(session, run_id):
            defer_in(session, score_run_job, [{"run_id": run_id}])
        return len(audit_ids)
    return _transaction(settings, work)


def start_nightly(settings: Settings, timestamp: int) -> int | None:
    """The nightly tick at ``timestamp`` (UTC epoch seconds, the tick's scheduled time — a frozen clock
    in tests): start the night's run over all active institutions when the schedule is enabled, a night
    is due, none started for it yet and no run is active; returns the new run id or None."""
    if not settings.schedule_enabled:
        return None
    at = datetime.fromtimestamp(timestamp, UTC)
    night = due_night(settings.schedule_cron, settings.schedule_timezone, at,
                      timedelta(hours=settings.schedule_catchup_hours))
    if night is None:
        return None

    def work(session: Session) -> int | None:
        lock_run_starts(session)
        if run_for_night(session, night) is not None:
            return None
        busy = active_run(session)
        if busy is not None:
            log.info("night %s: run %s still %s, not starting another", night, busy.id, busy.status)
            return None
        year = night.astimezone(ZoneInfo(settings.schedule_timezone)).year
        return _fan_out(session, settings, year, None, "schedule", night)
    return _transaction(settings, work)


def _finish_site(settings: Settings, claim: Claim, store: Callable[[Session], bool]) -> bool:
    def work(session: Session) -> bool:
        done = store(session)
        if complete_if_done(session, claim.run_id):
            defer_in(session, score_run_job, [{"run_id": claim.run_id}])
        return done
    return _transaction(settings, work)


async def _give_up(settings: Settings, claim: Claim, reason: str) -> str:
    log.warning("site audit %s (%s) failed for good: %s", claim.site_audit_id, claim.url, reason)
    await asyncio.to_thread(_finish_site, settings, claim, lambda s: give_up(s, claim.site_audit_id, reason))
    return "gave up"


@app.task(name="eindex.audit_site", queue=CRAWL_QUEUE, retry=RetryStrategy(wait=5), pass_context=True)
async def audit_site_job(context: JobContext, site_audit_id: int) -> str:
    """One attempt of one site audit (:func:`attempt_site_audit`) on the worker's shared
    :class:`~crawler.run.Workbench` (client, browser, limiter)."""
    return await attempt_site_audit(get_settings(), site_audit_id, context.additional_context.get("workbench"))


async def attempt_site_audit(settings: Settings, site_audit_id: int, bench: Workbench | None = None) -> str:
    """Claim, crawl + render + checks (``crawler.run.Workbench.audit`` on ``bench``, the worker's; a
    fresh one when None), store. Returns "stored", "superseded" (a later attempt owns the site audit),
    "finished already" or "gave up". Raises the audit's exception while attempts remain, so that
    procrastinate retries the job; the last attempt's exception marks the site audit failed instead."""
    claim = await asyncio.to_thread(
        _transaction, settings, lambda s: claim_attempt(s, site_audit_id, worker_name()))
    if claim is None:
        return "finished already"
    if claim.attempt > settings.queue_max_attempts:
        return await _give_up(settings, claim, f"no result after {claim.attempt - 1} attempts (worker lost)")
    job = SiteJob(claim.url, tuple(claim.exclude), claim.social)
    try:
        async with nullcontext(bench) if bench else Workbench(settings) as tools:
            version, result = await tools.audit(job, claim.tags or settings.axe_tags)
    except ValueError as exc:  # a URL that is not an http(s) site: retrying cannot help
        return await _give_up(settings, claim, str(exc))
    except Exception as exc:
        if claim.attempt >= settings.queue_max_attempts:
            return await _give_up(settings, claim, f"attempt {claim.attempt}: {exc!r}")
        log.warning("site audit %s (%s), attempt %s: %r; retried", claim.site_audit_id, claim.url,
                    claim.attempt, exc)
        raise
    stored = await asyncio.to_thread(
        _finish_site, settings, claim, lambda s: store_attempt(s, claim, result, version))
    return "stored" if stored else "superseded"


@app.task(name="eindex.score_run", queue=SCORE_QUEUE, lock="eindex-score",
          retry=RetryStrategy(max_attempts=5, wait=10))
async def score_run_job(run_id: int) -> str:
    """Score the run's assessment year and mark the run done (one at a time: lock ``eindex-score``)."""
    settings = get_settings()
    scores = await asyncio.to_thread(_transaction, settings, lambda s: finish_scoring(s, run_id))
    return "done already" if scores is None else f"scored {len(scores['institutions'])} institutions"


@app.periodic(cron="* * * * *", periodic_id="nightly")
@app.task(name="eindex.nightly_tick", queue=SCHEDULE_QUEUE, queueing_lock="eindex-nightly-tick", priority=10)
async def nightly_tick(timestamp: int) -> int | None:
    """Every minute (UTC cron): :func:`start_nightly` at the tick's scheduled time."""
    return await asyncio.to_thread(start_nightly, get_settings(), timestamp)


@app.task(name="eindex.sweep_stalled", queue=SCHEDULE_QUEUE, queueing_lock="eindex-sweep", priority=10,
          pass_context=True)
async def sweep_stalled(context: JobContext, timestamp: int) -> int:
    """Hand the jobs of lost workers (no heartbeat for ``queue_stalled_after`` s) back to the queue;
    a lost periodic job is closed instead (its next tick comes anyway). Also deletes finished
    ``schedule`` jobs older than a day and re-dispatches orphaned site audits
    (:func:`redispatch_orphans`). Returns the number of stalled jobs found."""
    manager = context.app.job_manager
    stalled = list(await manager.get_stalled_jobs(seconds_since_heartbeat=get_settings().queue_stalled_after))
    for job in stalled:
        log.warning("job %s (%s) of a lost worker: %s", job.id, job.task_name,
                    "closed" if job.queue == SCHEDULE_QUEUE else "retried")
        if job.queue == SCHEDULE_QUEUE:
            await manager.finish_job(job, status=Status.FAILED, delete_job=False)
        else:
            await manager.retry_job(job)
    await manager.delete_old_jobs(nb_hours=24, queue=SCHEDULE_QUEUE)
    await asyncio.to_thread(redispatch_orphans, get_settings())
    return len(stalled)


_ORPHANS = text("""
SELECT sa.id FROM siteaudit sa JOIN auditrun r ON r.id = sa.run_id
 WHERE r.status = 'running' AND sa.status = 'pending' AND r.started_at < now() - make_interval(secs => :grace)
   AND NOT EXISTS (SELECT 1 FROM procrastinate_jobs j WHERE j.task_name = :task
                      AND (j.args->>'site_audit_id')::int = sa.id)
 ORDER BY sa.id""")


def redispatch_orphans(settings: Settings, grace: float = 300.0) -> int:
    """Defer a crawl job for every pending site audit of a running run that never had one (a run
    committed by a process that died before dispatching it, or an in-process run cut short), once the
    run is ``grace`` seconds old; returns how many. Without this such a run would never finish and
    would hold the nightly schedule back."""
    def work(session: Session) -> int:
        ids = session.exec(_ORPHANS.bindparams(grace=grace, task=audit_site_job.name)).scalars().all()
        defer_in(session, audit_site_job, ({"site_audit_id": i} for i in ids))
        return len(ids)
    return _transaction(settings, work)


def register_sweep(cron: str) -> None:
    """Make :func:`sweep_stalled` periodic with ``cron`` (UTC; a 6th field counts seconds); once per
    process."""
    if (sweep_stalled.name, "sweep") not in app.periodic_registry.periodic_tasks:
        app.periodic(cron=cron, periodic_id="sweep")(sweep_stalled)


async def run_worker(settings: Settings, queues: Iterable[str] | None = None, concurrency: int | None = None,
                     wait: bool = True) -> None:
    """Run a queue worker until SIGINT/SIGTERM (or, with ``wait=False``, until the queues are empty).
    Its site audits share one :class:`~crawler.run.Workbench` (one HTTP client, one browser per axe tag
    set) and one :class:`~crawler.politeness_pg.PgOriginLimiter`, so politeness per origin holds across
    all workers. Raises ValueError for a schedule setting croniter or zoneinfo cannot read."""
    validate(settings.schedule_cron, settings.schedule_timezone)
    validate(settings.queue_sweep_cron, "UTC")
    register_sweep(settings.queue_sweep_cron)
    dsn = conninfo(settings.db_url)
    with app.replace_connector(PsycopgConnector(conninfo=dsn)):
        async with (app.open_async(), PgOriginLimiter(dsn, settings.global_concurrency) as limiter,
                    Workbench(settings, limiter) as bench):
            await app.run_worker_async(
                queues=list(queues or QUEUES), concurrency=concurrency or settings.worker_concurrency,
                name=worker_name(), wait=wait, update_heartbeat_interval=settings.queue_heartbeat,
                stalled_worker_timeout=settings.queue_stalled_after, additional_context={"workbench": bench})
        log.info("worker %s stopped: %d site audits, %d browser launch(es)", worker_name(), bench.audits,
                 bench.launches)
