"""One polite GET: an origin slot, bounded redirects with loop detection, retries with backoff, size and
time caps, and every exchange written to the site's WARC file.

Retries (RFC 9110 §15.5.20 429, §15.6.4 503, §10.2.3 Retry-After): connection errors, 429 and 503 are
retried ``max_retries`` times, waiting ``Retry-After`` (seconds or an HTTP date) when the server sends one
and it is at most ``max_retry_after`` seconds, else ``backoff × 2^attempt``; the wait is charged to the
origin so no other request to it starts meanwhile. Timeouts are not retried (a slow server stays slow).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import httpx

from checks.artifacts import PageError
from crawler.guard import RefusedAddress
from crawler.net import origin_of
from crawler.politeness import OriginLimiter
from crawler.warc import WarcFile

REDIRECTS = {301, 302, 303, 307, 308}
RETRY_STATUS = {429, 503}


@dataclass
class Budget:
    """Per-response limits and politeness: sizes in bytes, times in seconds."""

    max_bytes: int = 10 * 1024 * 1024
    response_timeout: float = 60.0
    max_redirects: int = 10
    max_retries: int = 2
    backoff: float = 1.0
    max_retry_after: float = 30.0
    concurrency: int = 2
    delay: float = 0.5


@dataclass
class Fetched:
    """The outcome of one GET after redirects. ``body`` is decoded (Content-Encoding undone) and at most
    ``max_bytes`` long; ``truncated`` says it was cut; ``error`` is set on any failure (with a contract
    ``kind``); ``warc_offset`` points at the final response record in ``warc_file``."""

    url: str
    final_url: str
    status: int | None = None
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes = b""
    truncated: bool = False
    body_skipped: bool = False
    ms: float = 0.0
    error: PageError | None = None
    redirects: list[str] = field(default_factory=list)
    warc_file: str | None = None
    warc_offset: int | None = None

    @property
    def content_type(self) -> str:
        """The media type of the response, lower-case, without parameters."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass(frozen=True)
class _Call:
    """What one :meth:`Downloader.request` sends at every hop and attempt."""

    method: str
    headers: dict[str, str]
    accept: Callable[[httpx.Response], bool] | None


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or HTTP-date, RFC 9110 §10.2.3);
    None when absent or unparseable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class Downloader:
    """GETs URLs for one site audit. ``delay_for(origin)`` gives the politeness delay of an origin (the
    setting, raised by robots.txt Crawl-delay). Never raises for a server's misbehaviour."""

    def __init__(self, client: httpx.AsyncClient, limiter: OriginLimiter, budget: Budget,
                 warc: WarcFile | None = None, delay_for: Callable[[str], float] | None = None) -> None:
        self.client, self.limiter, self.budget, self.warc = client, limiter, budget, warc
        self.delay_for = delay_for or (lambda _origin: budget.delay)
        self.requests = 0

    async def get(self, url: str, accept: Callable[[httpx.Response], bool] | None = None,
                  max_redirects: int | None = None,
                  hop_check: Callable[[str], Awaitable[PageError | None]] | None = None) -> Fetched:
        """GET ``url`` following redirects. ``accept(response)`` decides, once the headers are in,
        whether the body is read (False: the exchange is recorded with headers only). ``hop_check(target)``
        is awaited before each redirect target is requested; an error it returns ends the chain there
        (the crawler checks the target origin's robots.txt, RFC 9309 §2.2.2)."""
        return await self.request("GET", url, accept=accept, max_redirects=max_redirects, hop_check=hop_check)

    async def request(self, method: str, url: str, headers: dict[str, str] | None = None,
                      accept: Callable[[httpx.Response], bool] | None = None,
                      max_redirects: int | None = None,
                      hop_check: Callable[[str], Awaitable[PageError | None]] | None = None) -> Fetched:
        """``method`` (GET or HEAD) ``url`` with extra request ``headers`` (e.g. ``Range``), through the
        same origin slot, retries, redirect handling (every hop keeps the method and headers; ``hop_check``
        as in :meth:`get`) and WARC records as :meth:`get`."""
        started = time.perf_counter()
        result = Fetched(url=url, final_url=url)
        chain = [url]
        call = _Call(method, headers or {}, accept)
        limit = self.budget.max_redirects if max_redirects is None else max_redirects
        current = url
        result.error = _bad_url(url)
        while result.error is None:
            await self._attempts(call, current, result)
            if result.error or result.status not in REDIRECTS or "location" not in result.headers:
                break
            target = _join(current, result.headers["location"])
            result.error = _bad_url(target)
            if result.error is None and hop_check is not None:
                result.error = await hop_check(target)
            if result.error:
                break
            if target in chain:
                loop = " → ".join([*chain, target])
                result.error = PageError(url, "redirect_loop", f"redirect loop: {loop}")
                break
            if len(chain) > limit:
                result.error = PageError(url, "redirect_loop", f"more than {limit} redirects")
                break
            chain.append(target)
            current = target
        result.final_url, result.redirects = current, chain[1:]
        result.ms = (time.perf_counter() - started) * 1000
        return result

    async def _attempts(self, call: _Call, url: str, result: Fetched) -> None:
        origin = origin_of(url)
        for attempt in range(self.budget.max_retries + 1):
            wait = await self._once(call, url, result, attempt)
            if wait is None or attempt == self.budget.max_retries:
                return
            if wait > self.budget.max_retry_after:
                result.error = result.error or PageError(
                    url, "http_status", f"HTTP {result.status}, Retry-After {wait:.0f}s over the cap")
                return
            await self.limiter.back_off(origin, wait)
            result.error = None

    async def _once(self, call: _Call, url: str, result: Fetched, attempt: int) -> float | None:
        """One request; returns the seconds to wait before a retry, or None when done."""
        origin = origin_of(url)
        result.status, result.body, result.truncated, result.body_skipped = None, b"", False, False
        async with self.limiter.slot(origin, self.budget.concurrency, self.delay_for(origin)):
            self.requests += 1
            try:
                request = self.client.build_request(call.method, url, headers=call.headers)
            except (httpx.InvalidURL, ValueError) as exc:
                result.error = PageError(url, "bad_url", str(exc))
                return None
            box: list[httpx.Response] = []
            try:
                async with asyncio.timeout(self.budget.response_timeout):
                    return await self._exchange(request, result, call.accept, box)
            except TimeoutError:
                result.error = PageError(url, "timeout",
                                         f"no complete response in {self.budget.response_timeout:g}s")
                self._record(request, box, result, "time")
            except httpx.TimeoutException as exc:
                result.error = PageError(url, "timeout", f"{type(exc).__name__}: {exc}")
                self._record(request, box, result, "time")
            except RefusedAddress as exc:
                result.error = PageError(url, "refused_private_address", str(exc))
            except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError, OSError) as exc:
                result.error = PageError(url, "connection", f"{type(exc).__name__}: {exc}")
                return self.budget.backoff * 2 ** attempt
            except httpx.HTTPError as exc:
                result.error = PageError(url, "connection", f"{type(exc).__name__}: {exc}")
        return None

    async def _exchange(self, request: httpx.Request, result: Fetched, accept,
                        box: list[httpx.Response]) -> float | None:
        response = await self.client.send(request, stream=True)
        box.append(response)
        try:
            result.status, result.headers = response.status_code, response.headers
            if accept is not None and response.status_code < 300 and not accept(response):
                result.body_skipped = True
            else:
                await self._read(response, result)
        finally:
            await response.aclose()
        self._record(request, box, result, "length" if result.truncated else None)
        if response.status_code in RETRY_STATUS:
            wait = retry_after(response.headers.get("retry-after"))
            result.error = PageError(result.url, "http_status", f"HTTP {response.status_code}")
            return wait if wait is not None else self.budget.backoff
        return None

    async def _read(self, response: httpx.Response, result: Fetched) -> None:
        """Read the body up to ``max_bytes``, both decoded and as sent (Content-Encoding): a compressed
        stream that yields little (e.g. a huge gzip header) stops at ``max_bytes`` on the wire too. Peak
        memory is ``max_bytes`` plus one decoded chunk: httpx decodes each raw chunk (≤ 64 KiB from
        httpcore) at once, and deflate expands at most about 1032×, so about 66 MB at worst."""
        body = bytearray()
        response.stream = raw = _RawCap(response.stream, self.budget.max_bytes)
        try:
            async for chunk in response.aiter_bytes():
                body.extend(chunk)
                if len(body) > self.budget.max_bytes:
                    del body[self.budget.max_bytes:]
                    result.truncated = True
                    break
            result.truncated = result.truncated or raw.cut
        finally:
            result.body = bytes(body)

    def _record(self, request: httpx.Request, box: list[httpx.Response], result: Fetched,
                truncated: str | None) -> None:
        if self.warc is None:
            return
        response = box[0] if box else None
        result.warc_file = self.warc.name
        result.warc_offset = self.warc.write_exchange(request, response, result.body, truncated,
                                                      _server_ip(response))


class _RawCap(httpx.AsyncByteStream):
    """A response stream that ends once more than ``limit`` bytes came over the wire (``cut`` then
    True), whatever the decoder makes of them."""

    def __init__(self, stream: httpx.AsyncByteStream, limit: int) -> None:
        self.stream, self.limit, self.cut = stream, limit, False

    async def __aiter__(self):
        received = 0
        async for chunk in self.stream:
            received += len(chunk)
            yield chunk
            if received > self.limit:
                self.cut = True
                return

    async def aclose(self) -> None:
        await self.stream.aclose()


def _join(base: str, location: str) -> str:
    """The redirect target of ``location`` against ``base``; ``location`` itself when it cannot be
    joined (then :func:`_bad_url` reports it)."""
    try:
        return urljoin(base, location)
    except ValueError:
        return location


def _bad_url(url: str) -> PageError | None:
    """A ``bad_url`` error when ``url`` has no usable origin (e.g. port 99999, an unclosed IPv6
    bracket), else None."""
    try:
        origin_of(url)
    except ValueError as exc:
        return PageError(url, "bad_url", f"{type(exc).__name__}: {exc}"[:300])
    return None


def _server_ip(response: httpx.Response | None) -> str | None:
    stream = response.extensions.get("network_stream") if response is not None else None
    try:
        addr = stream.get_extra_info("server_addr") if stream is not None else None
    except Exception:  # noqa: BLE001 - extra info is best effort across httpcore backends
        return None
    return addr[0] if addr else None
