"""robots.txt (RFC 9309, parsed by protego for our User-Agent token) and sitemap discovery
(sitemaps.org protocol 0.9: ``Sitemap:`` lines of robots.txt and ``/sitemap.xml``; sitemap indexes;
gzip-compressed sitemaps).

robots.txt outcomes per RFC 9309 §2.3.1: 2xx → parsed (only the first 500 KiB, §2.5); 4xx → no
restrictions; 5xx or unreachable → complete disallow. Redirects are followed up to five hops (§2.3.1.2).
``Crawl-delay`` is not in the RFC; it is honoured as the minimum delay between requests to the origin.
"""

from __future__ import annotations

import asyncio
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree
from protego import Protego

from checks.artifacts import PageError
from crawler.download import Downloader
from crawler.net import origin_of

ROBOTS_MAX_BYTES = 500 * 1024
_XML = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False,
                       load_dtd=False)


@dataclass
class Robots:
    """The robots.txt rules of one origin. ``disallow_all`` when robots.txt was unreachable (5xx or no
    response); ``error`` then says why, with the failed fetch's contract ``kind``."""

    parser: Protego | None = None
    disallow_all: bool = False
    status: int | None = None
    error: PageError | None = None

    def allowed(self, url: str, token: str) -> bool:
        """May ``token`` fetch ``url``?"""
        if self.disallow_all:
            return False
        return self.parser is None or self.parser.can_fetch(url, token)

    def crawl_delay(self, token: str) -> float | None:
        """The ``Crawl-delay`` for ``token`` in seconds, None when absent."""
        delay = self.parser.crawl_delay(token) if self.parser else None
        return float(delay) if delay is not None else None

    @property
    def sitemaps(self) -> list[str]:
        """The ``Sitemap:`` URLs listed in robots.txt."""
        return list(self.parser.sitemaps) if self.parser else []


async def fetch_robots(downloader: Downloader, origin_url: str) -> Robots:
    """Fetch and parse ``<origin>/robots.txt``."""
    parts = urlsplit(origin_url)
    fetched = await downloader.get(f"{parts.scheme}://{parts.netloc}/robots.txt", max_redirects=5)
    if fetched.status is None or fetched.status >= 500:
        cause = fetched.error or PageError(fetched.url, "robots_disallowed", f"HTTP {fetched.status}")
        return Robots(disallow_all=True, status=fetched.status, error=cause)
    if fetched.status >= 300:
        return Robots(status=fetched.status)
    text = fetched.body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace")
    return Robots(parser=Protego.parse(text), status=fetched.status)


class RobotsCache:
    """The robots.txt of each origin, fetched once per site audit through ``downloader`` and keyed by
    :func:`crawler.net.origin_of` (scheme, host, port). Shared by the crawl and the feed reader."""

    def __init__(self, downloader: Downloader) -> None:
        self.downloader = downloader
        self.rules: dict[str, Robots] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def get(self, url: str) -> Robots:
        """The rules of ``url``'s origin (fetched on first use; concurrent callers share one fetch).
        Raises ValueError when ``url`` has no usable origin."""
        origin = origin_of(url)
        async with self._locks.setdefault(origin, asyncio.Lock()):
            if origin not in self.rules:
                self.rules[origin] = await fetch_robots(self.downloader, url)
        return self.rules[origin]

    def known(self, origin: str) -> Robots | None:
        """The rules of ``origin`` when already fetched, else None."""
        return self.rules.get(origin)


def _gunzip(data: bytes, limit: int) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, limit)
    except zlib.error:
        return b""


def parse_sitemap(data: bytes, base_url: str) -> tuple[list[str], list[str]]:
    """``(page URLs, child sitemap URLs)`` of a sitemap or sitemap index (XML, or plain text with one
    URL per line). Entities and DTDs are never loaded (no XXE); malformed URLs (``http://[::1/x``) are
    left out."""
    if not data.strip():
        return [], []
    if not data.lstrip().startswith(b"<"):
        lines = data.decode("utf-8", "replace").split()
        return [u for u in (_join(base_url, u) for u in lines if u.startswith(("http://", "https://"))) if u], []
    try:
        root = etree.fromstring(data, parser=_XML)
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    pages, children = [], []
    for loc in root.iter("{*}loc"):
        url = _join(base_url, (loc.text or "").strip())
        if not url:
            continue
        parent = loc.getparent()
        kind = etree.QName(parent).localname if parent is not None else "url"
        (children if kind == "sitemap" else pages).append(url)
    return pages, children


def _join(base_url: str, ref: str) -> str | None:
    """``ref`` made absolute against ``base_url``; None when empty or malformed."""
    if not ref:
        return None
    try:
        return urljoin(base_url, ref)
    except ValueError:
        return None


@dataclass
class SitemapReader:
    """Reads sitemaps breadth-first from ``start`` URLs: at most ``max_files`` sitemap files requested
    (failed ones count: a sitemap index of dead children cannot spend the crawl budget) and ``max_urls``
    page URLs, each file at most ``max_bytes`` after decompression."""

    downloader: Downloader
    max_files: int = 20
    max_urls: int = 5000
    max_bytes: int = 10 * 1024 * 1024
    files_read: list[str] = field(default_factory=list)

    async def urls(self, start: list[str]) -> list[str]:
        """Page URLs in the order the sitemaps list them (duplicates dropped)."""
        queue, seen_files, found = list(dict.fromkeys(start)), set(), dict()
        while queue and len(seen_files) < self.max_files and len(found) < self.max_urls:
            url = queue.pop(0)
            if url in seen_files:
                continue
            seen_files.add(url)
            fetched = await self.downloader.get(url)
            if fetched.error or fetched.status != 200:
                continue
            self.files_read.append(url)
            pages, children = parse_sitemap(_gunzip(fetched.body, self.max_bytes), fetched.final_url)
            for page in pages[: self.max_urls - len(found)]:
                found.setdefault(page, None)
            room = max(0, self.max_files - len(seen_files) - len(queue))
            queue.extend([c for c in dict.fromkeys(children) if c not in seen_files and c not in queue][:room])
        return list(found)
