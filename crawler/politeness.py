"""Politeness limits keyed by origin (scheme, host, port; DESIGN.md Conventions).

At most ``concurrency`` requests in flight per origin and at least ``delay`` seconds between the
starts of two requests to one origin (Scrapy's ``CONCURRENT_REQUESTS_PER_DOMAIN`` and
``DOWNLOAD_DELAY``; robots.txt ``Crawl-delay`` raises the delay), plus a global cap on requests in
flight across all sites. A server's ``Retry-After`` pushes the origin's next start back for everyone.

:class:`OriginLimiter` is the interface the downloader uses; :class:`LocalOriginLimiter` keeps the
state in this process. A queue with several workers backs the same interface with shared state
(e.g. PostgreSQL advisory locks and a ``next_start`` row per origin) so politeness holds across them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Protocol


class OriginLimiter(Protocol):
    """Grants request slots per origin."""

    def slot(self, origin: str, concurrency: int, delay: float) -> AbstractAsyncContextManager[None]:
        """Wait for a free slot of ``origin`` (≤ ``concurrency`` in flight, starts ≥ ``delay`` s apart)
        and hold it for one request."""
        ...

    async def back_off(self, origin: str, seconds: float) -> None:
        """No request to ``origin`` starts in the next ``seconds`` (429/503 with Retry-After)."""
        ...


@dataclass
class _Origin:
    slots: asyncio.Semaphore
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_start: float = 0.0


class LocalOriginLimiter:
    """In-process :class:`OriginLimiter` with a global cap of ``global_concurrency`` requests in flight.
    One instance per event loop; share it among all site crawls of a worker."""

    def __init__(self, global_concurrency: int = 16) -> None:
        self._global = asyncio.Semaphore(global_concurrency)
        self._origins: dict[str, _Origin] = {}

    def _origin(self, origin: str, concurrency: int) -> _Origin:
        state = self._origins.get(origin)
        if state is None:
            state = self._origins[origin] = _Origin(asyncio.Semaphore(max(1, concurrency)))
        return state

    @asynccontextmanager
    async def slot(self, origin: str, concurrency: int, delay: float) -> AsyncIterator[None]:
        """The origin's start time is taken once the global slot is granted, so requests that queued
        on the global cap still start ``delay`` apart."""
        state = self._origin(origin, concurrency)
        async with state.slots:
            async with state.lock:
                await self._global_slot(state)
                state.next_start = time.monotonic() + delay
            try:
                yield
            finally:
                self._global.release()

    async def _global_slot(self, state: _Origin) -> None:
        """Wait until the origin may start (``next_start``) and a global slot is free; acquires it."""
        while True:
            wait = state.next_start - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            await self._global.acquire()
            if state.next_start <= time.monotonic():  # no back_off moved the start meanwhile
                return
            self._global.release()

    async def back_off(self, origin: str, seconds: float) -> None:
        state = self._origin(origin, 1)
        state.next_start = max(state.next_start, time.monotonic() + seconds)
