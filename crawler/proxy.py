"""The guarding forward proxy Chromium sends all its traffic through, so the SSRF guard covers every
socket the browser opens — documents, sub-resources, preconnects, ``fetch``, WebSockets — not only what
Playwright's route interception sees (it misses preconnects and WebSockets).

HTTP/1.1 forward proxy on 127.0.0.1 (RFC 9110 §9.3.6 ``CONNECT`` for https and ws/wss tunnels; absolute-form
request targets, RFC 9112 §3.2.2, for plain http). Each target is resolved with the crawler's resolver
override and checked by :func:`crawler.net.resolve_target`; a refused target gets ``403`` and is listed
in :attr:`GuardingProxy.refused`. A plain-http connection carries one request (``Connection: close``),
so a reused socket can never reach a second, unchecked host. Chromium is launched with this proxy and
with loopback not bypassed (Playwright adds ``<-loopback>`` to the bypass list).
"""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import urlsplit

from crawler.guard import RefusedAddress
from crawler.net import resolve_target

_HOP_HEADERS = {b"proxy-connection", b"proxy-authorization", b"connection", b"keep-alive"}
MAX_HEAD = 64 * 1024


class GuardingProxy:
    """Use as ``async with GuardingProxy(resolve, allowed) as proxy``; ``proxy.url`` is the proxy
    server for Chromium. ``lifetime`` caps each proxied connection in seconds."""

    def __init__(self, resolve: dict[str, str], allowed: list[str], lifetime: float = 300.0) -> None:
        self.resolve, self.allowed, self.lifetime = resolve, allowed, lifetime
        self.refused: list[str] = []
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task] = set()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def __aenter__(self) -> GuardingProxy:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc) -> None:
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        self._tasks.add(task)
        self.connections += 1
        try:
            async with asyncio.timeout(self.lifetime):
                await self._handle(reader, writer)
        except (TimeoutError, OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        if len(head) > MAX_HEAD:
            raise ValueError("request head too large")
        request_line, _, rest = head.partition(b"\r\n")
        method, target, version = request_line.decode("latin-1").split(" ", 2)
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            upstream = await self._open(host.strip("[]"), int(port), writer)
            if upstream:
                writer.write(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                await writer.drain()
                await _relay(reader, writer, *upstream)
            return
        parts = urlsplit(target)
        if parts.scheme != "http" or not parts.hostname:
            await _reply(writer, 400, "absolute http URL required")
            return
        upstream = await self._open(parts.hostname, parts.port or 80, writer)
        if not upstream:
            return
        up_reader, up_writer = upstream
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        headers = [h for h in rest.split(b"\r\n")
                   if h and h.split(b":", 1)[0].strip().lower() not in _HOP_HEADERS]
        up_writer.write(f"{method} {path} {version}\r\n".encode("latin-1") + b"\r\n".join(headers)
                        + b"\r\nConnection: close\r\n\r\n")
        length = _content_length(headers)
        if length:
            up_writer.write(await reader.readexactly(length))
        await up_writer.drain()
        await _pipe(up_reader, writer)
        up_writer.close()

    async def _open(self, host: str, port: int, writer: asyncio.StreamWriter):
        try:
            addr, port = await asyncio.to_thread(resolve_target, host, port, self.resolve, self.allowed)
        except RefusedAddress as exc:
            self.refused.append(f"{host}:{port}")
            await _reply(writer, 403, f"refused by the SSRF guard: {exc}")
            return None
        except OSError as exc:
            await _reply(writer, 502, f"cannot resolve {host}: {exc}")
            return None
        try:
            return await asyncio.wait_for(asyncio.open_connection(addr, port), 10)
        except (OSError, TimeoutError) as exc:
            await _reply(writer, 502, f"cannot connect to {host}:{port}: {exc}")
            return None


def _content_length(headers: list[bytes]) -> int:
    for header in headers:
        name, _, value = header.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            return int(value.strip())
    return 0


async def _reply(writer: asyncio.StreamWriter, status: int, message: str) -> None:
    body = message.encode("utf-8", "replace")
    reason = {400: "Bad Request", 403: "Forbidden", 502: "Bad Gateway"}[status]
    writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\n"
                 f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
    with contextlib.suppress(OSError):
        await writer.drain()


async def _pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
    while chunk := await src.read(65536):
        dst.write(chunk)
        await dst.drain()


async def _relay(reader, writer, up_reader, up_writer) -> None:
    """Copy both ways until either side closes."""
    tasks = [asyncio.create_task(_pipe(reader, up_writer)), asyncio.create_task(_pipe(up_reader, writer))]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        up_writer.close()
