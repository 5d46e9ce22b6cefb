"""Politeness shared by all queue workers, kept in PostgreSQL: at most ``concurrency`` requests in
flight per origin and request starts at least ``delay`` seconds apart per origin, whichever worker on
whichever machine sends them (Scrapy's ``CONCURRENT_REQUESTS_PER_DOMAIN`` / ``DOWNLOAD_DELAY``, applied
per origin as DESIGN.md keys politeness).

Slots are session-level advisory locks ``pg_try_advisory_lock(origin key, slot)`` on one connection per
worker: a worker that dies (even by SIGKILL) drops its connection and with it its slots. Pacing is one
``origin_pace`` row per origin holding the earliest next start on the database's clock; each request
reserves its start with one atomic upsert, so two workers never take the same start time, and each request
confirms its actual start, so a start made late by scheduling pushes the next one back. It offers the
interface of ``crawler.politeness.OriginLimiter`` (``slot``, ``back_off``).
PostgreSQL docs: "Advisory Locks" (explicit-locking.html), "INSERT … ON CONFLICT".
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import psycopg

_RESERVE = """
INSERT INTO origin_pace AS p (origin, next_start)
VALUES (%(origin)s, clock_timestamp() + make_interval(secs => %(delay)s))
ON CONFLICT (origin) DO UPDATE
   SET next_start = GREATEST(p.next_start, clock_timestamp()) + make_interval(secs => %(delay)s)
RETURNING EXTRACT(EPOCH FROM p.next_start - clock_timestamp())::float8 - %(delay)s
"""
_STARTED = """
UPDATE origin_pace SET next_start = GREATEST(next_start, clock_timestamp() + make_interval(secs => %(delay)s))
 WHERE origin = %(origin)s
"""
_BACK_OFF = """
INSERT INTO origin_pace AS p (origin, next_start)
VALUES (%(origin)s, clock_timestamp() + make_interval(secs => %(seconds)s))
ON CONFLICT (origin) DO UPDATE
   SET next_start = GREATEST(p.next_start, clock_timestamp() + make_interval(secs => %(seconds)s))
"""


def origin_key(origin: str) -> int:
    """A signed 32-bit advisory-lock key for ``origin`` (CRC-32; a collision only makes two origins
    share slots, which errs on the polite side)."""
    return zlib.crc32(origin.encode("utf-8")) - 2**31


class PgOriginLimiter:
    """Per-origin slots and pacing shared through PostgreSQL. Use as ``async with PgOriginLimiter(conninfo)
    as limiter``; ``poll`` is the wait in seconds between attempts at a busy origin's slots, and at most
    ``global_concurrency`` requests of this worker are in flight at once. A statement that fails because
    the connection was lost (a PostgreSQL restart, a terminated backend) reconnects and runs once more;
    the slots held on the lost connection went with it, and their requests finish without one. Raises
    psycopg.OperationalError when the database is unreachable."""

    def __init__(self, conninfo: str, global_concurrency: int = 16, poll: float = 0.05) -> None:
        self.conninfo, self.poll = conninfo, poll
        self._global = asyncio.Semaphore(global_concurrency)
        self._conn: psycopg.AsyncConnection | None = None
        self.connections = 0                   # connections opened: 1 + reconnections
        self._query = asyncio.Lock()           # one statement at a time on the shared connection
        self._held: set[tuple[int, int]] = set()  # advisory locks are re-entrant per session: track ours

    async def __aenter__(self) -> PgOriginLimiter:
        await self._connect()
        return self

    async def __aexit__(self, *exc) -> None:
        if self._conn is not None:
            await self._conn.close()           # releases every slot still held

    async def _connect(self) -> None:
        self._conn = await psycopg.AsyncConnection.connect(self.conninfo, autocommit=True)
        self.connections += 1

    async def _execute(self, sql: str, params: dict | tuple):
        cur = await self._conn.execute(sql, params)
        row = await cur.fetchone() if cur.description else None
        return row[0] if row else None

    async def _scalar(self, sql: str, params: dict | tuple, generation: int | None = None):
        """The first column of the statement's row (None without one). Reconnects once when the connection
        is lost; ``generation`` (a connection count) skips the statement when it belongs to a connection
        since lost (an advisory unlock: the lock went with it)."""
        async with self._query:
            if generation is not None and generation != self.connections:
                return None
            try:
                return await self._execute(sql, params)
            except psycopg.OperationalError:
                if not self._conn.closed:
                    raise                      # the connection is fine: the statement itself failed
            await self._connect()
            return await self._execute(sql, params)

    async def _take_slot(self, key: int, concurrency: int) -> int:
        while True:
            for slot in range(max(1, concurrency)):
                if (key, slot) in self._held:
                    continue
                self._held.add((key, slot))        # claimed here first: the session lock is re-entrant
                if await self._scalar("SELECT pg_try_advisory_lock(%s, %s)", (key, slot)):
                    return slot
                self._held.discard((key, slot))
            await asyncio.sleep(self.poll)

    @asynccontextmanager
    async def slot(self, origin: str, concurrency: int, delay: float) -> AsyncIterator[None]:
        """Wait for one of ``origin``'s ``concurrency`` slots and for its reserved start time (≥ ``delay``
        s after the previous start across all workers); hold the slot for one request."""
        key = origin_key(origin)
        async with self._global:
            slot = await self._take_slot(key, concurrency)
            generation = self.connections
            try:
                pace = {"origin": origin, "delay": float(delay)}
                wait = await self._scalar(_RESERVE, pace)
                if wait and wait > 0:
                    await asyncio.sleep(wait)
                await self._scalar(_STARTED, pace)       # a late start pushes the next one back
                yield
            finally:
                self._held.discard((key, slot))
                await self._scalar("SELECT pg_advisory_unlock(%s, %s)", (key, slot), generation)

    async def back_off(self, origin: str, seconds: float) -> None:
        """No request to ``origin`` starts in the next ``seconds`` in any worker (Retry-After)."""
        await self._scalar(_BACK_OFF, {"origin": origin, "seconds": float(seconds)})
