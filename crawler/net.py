"""The HTTP client of the crawler: honest User-Agent, resolver override and the SSRF guard on every
connection (also each redirect hop, since every hop passes through the transport)."""

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


class GuardedTransport(httpx.AsyncHTTPTransport):
    """Routes a request to the override address of its host (``resolve``: host → "addr:port"),
    keeping the Host header, and refuses non-public addresses outside ``allowed``."""

    def __init__(self, resolve: dict[str, str], allowed: list[str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.resolve = resolve
        self.allowed = allowed

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        target = self.resolve.get(host)
        if target:
            # send a copy: the caller's request keeps its URL, so responses (and the links resolved
            # against them) carry the real-looking host, not the override address
            addr, _, port = target.rpartition(":")
            request = httpx.Request(request.method, request.url.copy_with(host=addr, port=int(port)),
                                    headers=request.headers, stream=request.stream,
                                    extensions=request.extensions)
            host = addr
        await asyncio.to_thread(check_host, host, self.allowed)
        return await super().handle_async_request(request)


def make_client(user_agent: str, resolve: dict[str, str], allowed: list[str],
                timeout: float = 30.0) -> httpx.AsyncClient:
    """An AsyncClient with the guard, a bounded redirect chain (10 hops) and connect/read timeouts."""
    return httpx.AsyncClient(
        transport=GuardedTransport(resolve, allowed, retries=1),
        headers={"User-Agent": user_agent},
        follow_redirects=True, max_redirects=10,
        timeout=httpx.Timeout(timeout, connect=10.0))


__all__ = ["RefusedAddress", "make_client", "origin_of", "parse_resolve"]


def origin_of(url: str) -> str:
    """Origin (scheme, host, port) of a URL as ``scheme://host:port``."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.scheme}://{parts.hostname}:{port}"
