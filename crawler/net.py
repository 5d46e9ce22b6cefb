"""The HTTP client of the crawler: honest User-Agent, resolver override and the SSRF guard on every
connection (each redirect hop is a request of its own, so each passes through the transport). The guard
sits in the network backend (``connect_tcp``), below httpcore's connection pool, so connections stay
keyed by host name (RFC 9110 §4.3.4: a TLS connection serves only names its certificate covers)."""

from __future__ import annotations

import asyncio
import ssl
from urllib.parse import urlsplit

import httpcore
import httpx

from crawler.guard import RefusedAddress, check_host


def parse_resolve(pairs: list[str]) -> dict[str, str]:
    """``["www.example.lv=127.0.0.1:8080", …]`` → ``{"www.example.lv": "127.0.0.1:8080"}``.
    Raises ValueError on a malformed pair."""
    mapping = {}
    for pair in pairs:
        host, sep, target = pair.partition("=")
        if not sep or not host or ":" not in target:
            raise ValueError(f"--resolve wants HOST=ADDR:PORT, got {pair!r}")
        mapping[host.lower()] = target
    return mapping


def resolve_target(host: str, port: int, resolve: dict[str, str], allowed: list[str]) -> tuple[str, int]:
    """Where a connection to ``host:port`` really goes: the override address when ``resolve`` maps the
    host, else the host's first DNS address; refused (:class:`RefusedAddress`) when that address is not
    public and not ``allowed``. OSError when the name does not resolve. Blocking (DNS)."""
    target = resolve.get(host.lower())
    if target:
        addr, _, override_port = target.rpartition(":")
        host, port = addr.strip("[]"), int(override_port)
    return check_host(host, allowed), port


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend that connects a ``host:port`` to its guarded address (override or DNS,
    checked by :func:`resolve_target`). The connection pool, the ``Host`` header, TLS SNI and the
    certificate check all keep the host name; only the socket uses the checked address (no DNS
    rebinding). Raises :class:`RefusedAddress` or OSError from ``connect_tcp``."""

    def __init__(self, resolve: dict[str, str], allowed: list[str]) -> None:
        self.resolve, self.allowed = resolve, allowed
        self.inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None, socket_options=None) -> httpcore.AsyncNetworkStream:
        addr, port = await asyncio.to_thread(resolve_target, host, port, self.resolve, self.allowed)
        return await self.inner.connect_tcp(addr, port, timeout=timeout, local_address=local_address,
                                            socket_options=socket_options)

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """An httpx transport whose connections go through :class:`GuardedBackend`. Its pool is keyed by
    host name, so two names on one IP (shared government hosting) never share a TLS connection: each
    name gets its own handshake, SNI and certificate check. ``verify`` and ``limits`` as in httpx."""

    def __init__(self, resolve: dict[str, str], allowed: list[str], verify: ssl.SSLContext | bool = True,
                 limits: httpx.Limits = httpx.Limits()) -> None:
        super().__init__(verify=verify, limits=limits)
        self.resolve = resolve
        self.allowed = allowed
        self._pool = httpcore.AsyncConnectionPool(  # httpx's own pool, plus the guarded backend
            ssl_context=httpx.create_ssl_context(verify=verify), max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry, network_backend=GuardedBackend(resolve, allowed))


def make_client(user_agent: str, resolve: dict[str, str], allowed: list[str], read_timeout: float = 30.0,
                connect_timeout: float = 10.0) -> httpx.AsyncClient:
    """An AsyncClient with the guard, connect/read timeouts and no automatic redirects (the
    :class:`crawler.download.Downloader` follows them hop by hop, with loop detection). Connection
    retries are the downloader's, with backoff."""
    return httpx.AsyncClient(
        transport=GuardedTransport(resolve, allowed,
                                   limits=httpx.Limits(max_connections=100, max_keepalive_connections=20)),
        headers={"User-Agent": user_agent},
        follow_redirects=False,
        timeout=httpx.Timeout(read_timeout, connect=connect_timeout))


__all__ = ["RefusedAddress", "make_client", "origin_of", "parse_resolve", "resolve_target"]


def origin_of(url: str) -> str:
    """Origin (scheme, host, port) of a URL as ``scheme://host:port`` (RFC 6454)."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{parts.hostname}:{port}"
