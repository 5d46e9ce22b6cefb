"""Polite HTTP crawl of one site: robots.txt (protego), same-site links, page and depth budgets.

Breadth-first from the homepage; at most ``concurrency`` requests in flight for the site (one origin
in the usual case; Scrapy-like polite default of 2). Non-HTML responses are recorded as documents.
"""

from __future__ import annotations

import asyncio
import time
from urllib.parse import urljoin, urlsplit

import httpx
from bs4 import UnicodeDammit
from protego import Protego

from checks.artifacts import Document, Link, Page, PageError, SiteArtifacts
from checks.dom import css_selector, parse, text_of
from crawler.guard import RefusedAddress
from crawler.net import origin_of
from crawler.scope import SiteScope, normalize

USER_AGENT_TOKEN = "eindex"
DOCUMENT_TYPES = {
    "application/pdf": "pdf", "application/msword": "doc", "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.oasis.opendocument.spreadsheet": "ods", "text/csv": "csv",
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
}
DOCUMENT_EXTENSIONS = {"pdf", "doc", "docx", "xls", "xlsx", "csv", "json", "xml", "ods", "odt", "zip",
                       "png", "jpg", "jpeg", "gif", "svg"}


def _extension(url: str) -> str:
    path = urlsplit(url).path
    return path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""


def extract_links(html: str, base_url: str) -> tuple[list[Link], str, str]:
    """Links of a page (``a[href]``, ``link[rel=alternate][hreflang]``), its title and ``html@lang``."""
    soup = parse(html)
    base_tag = soup.find("base", href=True)
    base = urljoin(base_url, base_tag["href"]) if base_tag else base_url
    links = []
    for tag in soup.find_all(["a", "link"], href=True):
        if tag.name == "link" and "alternate" not in (tag.get("rel") or []):
            continue
        href = str(tag["href"]).strip()
        if href.startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
            continue
        url = urljoin(base, href)
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        links.append(Link(url=normalize(url), text=text_of(tag)[:200], rel=" ".join(tag.get("rel") or []),
                          hreflang=str(tag.get("hreflang") or ""), selector=css_selector(tag)))
    title = text_of(soup.title) if soup.title else ""
    html_tag = soup.find("html")
    lang = str(html_tag.get("lang") or "") if html_tag else ""
    return links, title, lang


class SiteCrawler:
    """Crawls one declared site into :class:`SiteArtifacts`. Never raises for a site's misbehaviour:
    every failure becomes a :class:`PageError` with a contract ``kind``."""

    def __init__(self, client: httpx.AsyncClient, declared_url: str, exclude: list[str] = (),
                 max_pages: int = 200, max_depth: int = 3, max_bytes: int = 10 * 1024 * 1024,
                 concurrency: int = 2) -> None:
        self.client = client
        self.scope = SiteScope.from_declared(declared_url, exclude)
        self.artifacts = SiteArtifacts(declared_url=declared_url, homepage_url=normalize(declared_url))
        self.max_pages, self.max_depth, self.max_bytes = max_pages, max_depth, max_bytes
        self.semaphore = asyncio.Semaphore(concurrency)
        self.robots: dict[str, Protego | None] = {}
        self.seen: set[str] = set()

    async def _robots(self, url: str) -> Protego | None:
        origin = origin_of(url)
        if origin not in self.robots:
            parts = urlsplit(url)
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            try:
                resp = await self.client.get(robots_url)
                self.robots[origin] = Protego.parse(resp.text) if resp.status_code == 200 else None
            except (httpx.HTTPError, RefusedAddress, OSError):
                self.robots[origin] = None
        return self.robots[origin]

    async def _fetch(self, url: str, depth: int) -> Page:
        robots = await self._robots(url)
        if robots is not None and not robots.can_fetch(url, USER_AGENT_TOKEN):
            return Page(url=url, final_url=url, status=None, depth=depth,
                        error=PageError(url, "robots_disallowed", "disallowed by robots.txt"))
        started = time.perf_counter()
        try:
            async with self.client.stream("GET", url) as resp:
                body = bytearray()
                truncated = False
                async for chunk in resp.aiter_bytes():
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        truncated = True
                        del body[self.max_bytes:]
                        break
        except httpx.TooManyRedirects as exc:
            return Page(url, url, None, depth=depth, error=PageError(url, "redirect_loop", str(exc)))
        except RefusedAddress as exc:
            return Page(url, url, None, depth=depth, error=PageError(url, "refused_private_address", str(exc)))
        except httpx.TimeoutException as exc:
            return Page(url, url, None, depth=depth, error=PageError(url, "timeout", repr(exc)))
        except (httpx.HTTPError, OSError) as exc:
            return Page(url, url, None, depth=depth, error=PageError(url, "connection", repr(exc)))
        return self._page(url, depth, resp, bytes(body), truncated, (time.perf_counter() - started) * 1000)

    def _page(self, url: str, depth: int, resp: httpx.Response, body: bytes, truncated: bool,
              ms: float) -> Page:
        ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        page = Page(url=url, final_url=normalize(str(resp.url)), status=resp.status_code, content_type=ctype,
                    depth=depth, size=len(body), truncated=truncated, fetch_ms=ms)
        if resp.status_code >= 400:
            page.error = PageError(url, "http_status", f"HTTP {resp.status_code}")
        elif truncated:
            page.error = PageError(url, "too_large", f"body over {self.max_bytes} bytes, truncated")
        elif ctype not in ("text/html", "application/xhtml+xml", ""):
            page.error = PageError(url, "not_html", f"content type {ctype}")
        else:
            page.html = UnicodeDammit(body, [resp.charset_encoding] if resp.charset_encoding else [],
                                      is_html=True).unicode_markup or ""
            page.links, page.title, page.lang = extract_links(page.html, str(resp.url))
        return page

    async def _visit(self, url: str, depth: int) -> Page:
        async with self.semaphore:
            return await self._fetch(url, depth)

    def _enqueue(self, page: Page, frontier: list[tuple[str, int]]) -> None:
        for link in page.links:
            if link.url in self.seen or not self.scope.contains(link.url):
                continue
            self.seen.add(link.url)
            ext = _extension(link.url)
            if ext in DOCUMENT_EXTENSIONS:
                page.documents.append(Document(url=link.url, type=ext, link_text=link.text, found_on=page.url))
            elif page.depth + 1 <= self.max_depth:
                frontier.append((link.url, page.depth + 1))

    async def crawl(self) -> SiteArtifacts:
        """Breadth-first crawl within the budgets; homepage first."""
        frontier = [(self.artifacts.homepage_url, 0)]
        self.seen.add(self.artifacts.homepage_url)
        while frontier:
            room = self.max_pages - len(self.artifacts.pages)
            if room <= 0:
                self.artifacts.budget_exhausted = True
                break
            batch, frontier = frontier[:room], frontier[room:]
            pages = await asyncio.gather(*(self._visit(u, d) for u, d in batch))
            for page in pages:
                self.artifacts.pages.append(page)
                if page.error:
                    self.artifacts.errors.append(page.error)
                self._enqueue(page, frontier)
        return self.artifacts
