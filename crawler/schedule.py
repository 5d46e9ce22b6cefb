"""When the nightly audit is due: a cron expression read in a time zone (default ``0 2 * * *`` in
Europe/Riga), DST-aware, and a catch-up window for a night the workers missed.

procrastinate's periodic tasks read cron in UTC, which cannot say "02:00 in Riga" across daylight-saving
changes (UTC+2 in winter, UTC+3 in summer). So the queue ticks every minute (UTC) and asks
:func:`due_night` which night, if any, is due at the tick; the store keeps one run per night.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from croniter import croniter


def validate(cron: str, timezone: str) -> None:
    """Raise ValueError for a cron expression croniter cannot read or an unknown IANA time zone."""
    if not croniter.is_valid(cron):
        raise ValueError(f"not a cron expression: {cron!r}")
    try:
        ZoneInfo(timezone)
    except (KeyError, ValueError) as exc:
        raise ValueError(f"unknown time zone: {timezone!r}") from exc


def latest_fire(cron: str, timezone: str, at: datetime) -> datetime:
    """The latest time ≤ ``at`` that ``cron`` (read as wall-clock time in ``timezone``) names, in UTC.
    ``at`` must be timezone-aware. A local time skipped by a DST change fires at the first instant after
    the gap (croniter's behaviour)."""
    local = at.astimezone(ZoneInfo(timezone))
    it = croniter(cron, local + timedelta(seconds=1))
    return it.get_prev(datetime).astimezone(UTC)


def due_night(cron: str, timezone: str, at: datetime, catchup: timedelta) -> datetime | None:
    """The scheduled time (UTC) whose run should start at ``at``: the latest cron time ≤ ``at``, when it
    is at most ``catchup`` ago; else None (a missed night beyond the window is not replayed, and nights
    before the latest one never are)."""
    fire = latest_fire(cron, timezone, at)
    return fire if at - fire <= catchup else None
