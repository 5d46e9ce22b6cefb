"""The HTTP client of the crawler: honest User-Agent, resolver override and the SSRF guard on every
connection (each redirect hop is a request of its own, so each passes through the transport)."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

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


class GuardedTransport(httpx.AsyncHTTPTransport):
    """Connects each request to the guarded address of its host (override or DNS, checked by
    :func:`resolve_target`), keeping the ``Host`` header and, for https, the TLS server name (SNI and
    certificate check use the name, the socket uses the checked address: no DNS rebinding)."""

    def __init__(self, resolve: dict[str, str], allowed: list[str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.resolve = resolve
        self.allowed = allowed

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        addr, port = await asyncio.to_thread(resolve_target, host, request.url.port or
                                             (443 if request.url.scheme == "https" else 80),
                                             self.resolve, self.allowed)
        extensions = dict(request.extensions)
        if request.url.scheme == "https":
            extensions["sni_hostname"] = host
        inner = httpx.Request(request.method, request.url.copy_with(host=addr, port=port),
                              headers=request.headers, stream=request.stream, extensions=extensions)
        return await super().handle_async_request(inner)


def make_client(user_agent: str, resolve: dict[str, str], allowed: list[str], read_timeout: float = 30.0,
                connect_timeout: float = 10.0) -> httpx.AsyncClient:
    """An AsyncClient with the guard, connect/read timeouts and no automatic redirects (the
    :class:`crawler.download.Downloader` follows them hop by hop, with loop detection). Connection
    retries are the downloader's, with backoff."""
    return httpx.AsyncClient(
        transport=GuardedTransport(resolve, allowed),
        headers={"User-Agent": user_agent},
        follow_redirects=False,
        timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
        limits=httpx.Limits(max_connections=100, max_keepalive_connections=20))


__all__ = ["RefusedAddress", "make_client", "origin_of", "parse_resolve", "resolve_target"]


def origin_of(url: str) -> str:
    """Origin (scheme, host, port) of a URL as ``scheme://host:port`` (RFC 6454)."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{parts.hostname}:{port}"
