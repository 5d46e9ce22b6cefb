"""Polite HTTP crawl of one site (no browser): robots.txt, sitemaps, a breadth-first frontier with page,
depth and time budgets, trap guards, and documents recorded rather than crawled into.

Order: robots.txt of the homepage's origin, the homepage, the sitemaps (robots ``Sitemap:`` lines and
``/sitemap.xml``), then breadth-first by depth — links found on pages before sitemap URLs of the same
depth, and last the documents: the first PDF, DOCX and TXT files read whole, a HEAD for the size of each other
document found only by link (up to caps). ``workers``
requests of the site are in flight at most; the :class:`~crawler.politeness.OriginLimiter` keeps each
origin to its own concurrency and delay.

Redirects: every hop obeys robots.txt of its own origin (RFC 9309 §2.2.2); a page (other than the
homepage) whose redirects end off the site is kept with an ``off_site`` error, so it is neither rendered
nor read by the checks; a page is stored once by its final URL, and a redirect to a stored page is not
followed again.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from checks.artifacts import Document, Link, Page, PageError, SiteArtifacts
from checks.dom import css_selector, menu_options, parse, text_of
from checks.urls import normalize
from crawler.content import (
    HTML_TYPES,
    SKIPPED_EXTENSIONS,
    decode_html,
    document_type,
    extension,
    looks_binary,
)
from crawler.documents import measure_documents
from crawler.download import Budget, Downloader, Fetched
from crawler.politeness import LocalOriginLimiter
from crawler.robots import Robots, RobotsCache, SitemapReader
from crawler.scope import SiteScope
from crawler.traps import TrapGuard

USER_AGENT_TOKEN = "eindex"
DUPLICATE = "duplicate"  # a redirect to a page already stored: the URL is dropped, not an error


def extract_links(html: str, base_url: str) -> tuple[list[Link], str, str]:
    """Links of a page (``a[href]``, ``area[href]``, ``link[rel=alternate]``, and ``select > option``
    whose value is a URL: the language and site menus that navigate on change), its title and
    ``html@lang``. Link URLs are absolute and normalised (:func:`checks.urls.normalize`)."""
    soup = parse(html)
    base_tag = soup.find("base", href=True)
    base = urljoin(base_url, str(base_tag["href"]).strip()) if base_tag else base_url
    links, positions = [], {}  # positions: css_selector's per-document cache
    for tag in soup.find_all(["a", "area", "link"], href=True) + menu_options(soup):
        if tag.name == "link" and "alternate" not in (tag.get("rel") or []):
            continue
        href = str(tag.get("href") or tag.get("value")).strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
            continue
        try:
            url = urljoin(base, href)
            if urlsplit(url).scheme not in ("http", "https"):
                continue
            url = normalize(url)
        except ValueError:
            continue
        links.append(Link(url=url, text=text_of(tag)[:200], rel=" ".join(tag.get("rel") or []),
                          hreflang=str(tag.get("hreflang") or ""), selector=css_selector(tag, positions)))
    title = text_of(soup.title)[:500] if soup.title else ""
    html_tag = soup.find("html")
    lang = str(html_tag.get("lang") or "") if html_tag else ""
    return links, title, lang


@dataclass
class CrawlLimits:
    """Budgets of one site crawl: pages, link depth (homepage 0), seconds, sitemap URLs, parallel
    requests of the site, how many skipped URLs per reason are listed as errors, how many documents
    found only by link get a HEAD request for their size, and how many PDF, DOCX and TXT files are read for a
    table of numbers (:mod:`crawler.documents`)."""

    max_pages: int = 200
    max_depth: int = 3
    seconds: float = 900.0
    max_sitemap_urls: int = 5000
    workers: int = 2
    politeness_delay: float = 0.5
    max_crawl_delay: float = 10.0
    logged_skips: int = 20
    document_heads: int = 50
    document_reads: int = 20


class SiteCrawler:
    """Crawls one declared site into :class:`SiteArtifacts`. Never raises for a site's misbehaviour:
    every failure becomes a :class:`PageError` with a contract ``kind``. ``downloader`` is the site
    audit's :class:`Downloader`; a bare httpx client gets a private limiter and default budgets
    (no WARC), which suits tests and one-off crawls."""

    def __init__(self, downloader: Downloader | httpx.AsyncClient, declared_url: str,
                 exclude: list[str] | tuple[str, ...] = (), limits: CrawlLimits | None = None,
                 traps: TrapGuard | None = None) -> None:
        if isinstance(downloader, httpx.AsyncClient):  # a bare client: private limiter, default budgets
            downloader = Downloader(downloader, LocalOriginLimiter(), Budget())
        self.downloader = downloader
        self.limits = limits or CrawlLimits()
        self.scope = SiteScope.from_declared(declared_url, exclude)
        self.traps = traps or TrapGuard()
        self.artifacts = SiteArtifacts(declared_url=declared_url, homepage_url=normalize(declared_url))
        self.robots = RobotsCache(downloader)
        self.seen: set[str] = set()
        self.by_url: dict[str, Page] = {}
        self.finals: set[str] = set()  # final URLs of the stored pages: a redirect target is one page
        self.skipped: Counter = Counter()
        self._seq = itertools.count()
        self._queue: asyncio.PriorityQueue = asyncio.PriorityQueue()
        self._dispatched = 0
        downloader.delay_for = self._delay_for

    def _delay_for(self, origin: str) -> float:
        robots = self.robots.known(origin)
        crawl_delay = robots.crawl_delay(USER_AGENT_TOKEN) if robots else None
        return max(self.limits.politeness_delay, min(crawl_delay or 0.0, self.limits.max_crawl_delay))

    def _skip(self, url: str, kind: str, message: str) -> None:
        self.skipped[kind] += 1
        self.artifacts.skipped[kind] = self.skipped[kind]
        if self.skipped[kind] <= self.limits.logged_skips:
            self.artifacts.errors.append(PageError(url, kind, message))

    def _push(self, url: str, depth: int, tier: int, via: Link | None = None, found_on: str = "") -> None:
        self.seen.add(url)
        self._queue.put_nowait((depth, tier, next(self._seq), url, via, found_on))

    async def crawl(self) -> SiteArtifacts:
        """Crawl within the budgets; the homepage first. Returns the artifacts also when the time
        budget cuts the crawl (``budget_exhausted`` set, a ``timeout`` error recorded)."""
        try:
            async with asyncio.timeout(self.limits.seconds):
                await self._crawl()
        except TimeoutError:
            self.artifacts.budget_exhausted = True
            self.artifacts.errors.append(PageError(
                self.artifacts.declared_url, "timeout",
                f"site time budget of {self.limits.seconds:g}s spent; crawl stopped"))
        return self.artifacts

    async def _crawl(self) -> None:
        home = self.artifacts.homepage_url
        self._push(home, 0, 0)
        await self._visit(*(await self._queue.get()))
        self._queue.task_done()
        if self.artifacts.homepage is None:
            return
        await self._sitemaps(home)
        workers = [asyncio.create_task(self._worker()) for _ in range(max(1, self.limits.workers))]
        try:
            await self._queue.join()
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        await self._measure_documents()

    async def _measure_documents(self) -> None:
        """Sizes of the documents found only by link and tables of numbers of the first readable ones, within
        the crawl's time budget."""
        pages = [p for p in self.artifacts.pages if p.documents]
        measured = await measure_documents(self.downloader, [d for p in pages for d in p.documents],
                                           self.limits.document_heads, self._allowed, self.limits.workers,
                                           self.limits.document_reads)
        for page in pages:
            page.documents = [measured.get(d.url, d) for d in page.documents]

    async def _allowed(self, url: str) -> bool:
        return (await self.robots.get(url)).allowed(url, USER_AGENT_TOKEN)

    async def _sitemaps(self, home: str) -> None:
        if self.limits.max_depth < 1:
            return
        parts = urlsplit(home)
        robots = await self.robots.get(home)
        starts = robots.sitemaps + [f"{parts.scheme}://{parts.netloc}/sitemap.xml"]
        reader = SitemapReader(self.downloader, max_urls=self.limits.max_sitemap_urls,
                               max_bytes=self.downloader.budget.max_bytes)
        for url in await reader.urls(starts):
            try:
                url = normalize(url)
            except ValueError:  # a malformed <loc> (e.g. "http://[::1/x") is not a page of the site
                continue
            self._consider(url, 1, 1, None, "sitemap")

    async def _worker(self) -> None:
        """Visit queued URLs until cancelled. An unexpected error on one URL is recorded as an
        ``internal`` error of that URL and the worker goes on (a dead worker would stall the crawl)."""
        while True:
            item = await self._queue.get()
            try:
                if self._dispatched >= self.limits.max_pages:
                    self.artifacts.budget_exhausted = True
                else:
                    await self._visit(*item)
            except Exception as exc:  # noqa: BLE001 - one URL's bug must not stop the site's crawl
                self.artifacts.errors.append(PageError(item[3], "internal", f"{type(exc).__name__}: {exc}"[:300]))
            finally:
                self._queue.task_done()

    async def _visit(self, depth: int, _tier: int, _seq: int, url: str, via: Link | None,
                     found_on: str) -> None:
        robots = await self.robots.get(url)
        if not robots.allowed(url, USER_AGENT_TOKEN):
            error = _robots_error(url, robots)
            if depth == 0:
                self._add(Page(url=url, final_url=url, status=None, depth=0, error=error))
            else:
                self._skip(url, error.kind, error.message)
            return
        if url in self.finals:  # already stored as the target of a redirect
            return
        self._dispatched += 1
        fetched = await self.downloader.get(url, accept=_wants_body, hop_check=self._hop_allowed)
        if fetched.error and fetched.error.kind == DUPLICATE:
            return
        page = await asyncio.to_thread(self._page, fetched, depth)  # parsing off the event loop
        if not fetched.body_skipped:
            if page.final_url in self.finals:  # the same document under a second URL: counted once
                return
            self.finals.add(page.final_url)
            self.seen.add(page.final_url)
        self._add(page)
        if fetched.body_skipped and not page.error:
            self._document(fetched, via, found_on)
        if self.scope.contains(page.final_url):  # a page redirected off the site is not crawled from
            for link in page.links:
                self._consider(link.url, depth + 1, 0, link, page.url)

    async def _hop_allowed(self, url: str) -> PageError | None:
        """None when a redirect to ``url`` may be followed; else why not: a ``duplicate`` (``url`` is
        already a stored page) or robots.txt of ``url``'s origin disallows it."""
        if _normalized(url) in self.finals:
            return PageError(url, DUPLICATE, "redirects to a page already crawled")
        robots = await self.robots.get(url)
        return None if robots.allowed(url, USER_AGENT_TOKEN) else _robots_error(url, robots)

    def _add(self, page: Page) -> None:
        self.artifacts.pages.append(page)
        self.by_url[page.url] = page
        if page.error:
            self.artifacts.errors.append(page.error)

    def _document(self, fetched: Fetched, via: Link | None, found_on: str) -> None:
        parent = self.by_url.get(found_on)
        if parent is None:
            return
        length = fetched.headers.get("content-length", "")
        parent.documents.append(Document(
            url=fetched.url, type=document_type(fetched.url, fetched.content_type) or fetched.content_type,
            link_text=via.text if via else "", size=int(length) if length.isdigit() else None,
            found_on=found_on, content_type=fetched.content_type))

    def _consider(self, url: str, depth: int, tier: int, via: Link | None, found_on: str) -> None:
        if url in self.seen or not self.scope.contains(url):
            return
        ext = extension(url)
        if ext in SKIPPED_EXTENSIONS:
            return
        doc_type = document_type(url)
        if doc_type:
            self.seen.add(url)
            parent = self.by_url.get(found_on)
            if parent is not None:
                parent.documents.append(Document(url=url, type=doc_type, link_text=via.text if via else "",
                                                 found_on=found_on))
            return
        if depth > self.limits.max_depth:
            return
        reason = self.traps.check(url)
        if reason:
            self.seen.add(url)
            self._skip(url, "trap", reason)
            return
        self._push(url, depth, tier, via, found_on)

    def _page(self, fetched: Fetched, depth: int) -> Page:
        url = fetched.url
        page = Page(url=url, final_url=normalize(fetched.final_url), status=fetched.status,
                    content_type=fetched.content_type, depth=depth, size=len(fetched.body),
                    truncated=fetched.truncated, fetch_ms=fetched.ms, warc_file=fetched.warc_file,
                    warc_offset=fetched.warc_offset)
        if fetched.error:
            page.error = fetched.error
        elif fetched.status >= 400:
            page.error = PageError(url, "http_status", f"HTTP {fetched.status}")
        elif fetched.status >= 300:
            page.error = PageError(url, "http_status", f"HTTP {fetched.status} without a usable Location")
        elif fetched.body_skipped:
            pass
        elif depth > 0 and not self.scope.contains(page.final_url):  # the homepage is the site wherever it is
            page.error = PageError(url, "off_site", f"redirected off the site to {page.final_url}")
        elif fetched.truncated:
            page.error = PageError(url, "too_large", f"body over {self.downloader.budget.max_bytes} bytes, "
                                                     "truncated and not parsed")
        elif page.content_type not in HTML_TYPES and page.content_type != "":
            page.error = PageError(url, "not_html", f"content type {page.content_type}")
        elif looks_binary(fetched.body):
            page.error = PageError(url, "not_html", f"binary content served as {page.content_type or 'HTML'}")
        else:
            self._parse(page, fetched)
        return page

    def _parse(self, page: Page, fetched: Fetched) -> None:
        try:
            page.encoding, page.html = decode_html(fetched.body, fetched.headers.get("content-type"))
            page.links, page.title, page.lang = extract_links(page.html, fetched.final_url)
        except (ValueError, RecursionError, LookupError) as exc:
            page.error = PageError(page.url, "parse_error", f"{type(exc).__name__}: {exc}"[:300])


def _robots_error(url: str, robots: Robots) -> PageError:
    """Why robots.txt keeps ``url`` out: its rules, or — when robots.txt was unreachable, which RFC 9309
    §2.3.1.4 treats as complete disallow — the failure of that fetch, under the failure's own kind."""
    if robots.error is None:
        return PageError(url, "robots_disallowed", "disallowed by robots.txt")
    return PageError(url, robots.error.kind,
                     f"robots.txt unreachable ({robots.error.message}); RFC 9309: complete disallow")


def _normalized(url: str) -> str | None:
    try:
        return normalize(url)
    except ValueError:
        return None


def _wants_body(response: httpx.Response) -> bool:
    """Read the body of HTML (and untyped) responses only; documents are recorded from their headers."""
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return document_type(str(response.url), ctype) is None
