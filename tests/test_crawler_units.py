"""Crawler building blocks, each against values worked out by hand from the rule it implements:
normalisation, scope, trap guards, charset, Retry-After, robots.txt and sitemaps, page selection,
the origin limiter, the guard, WARC files."""

from __future__ import annotations

import asyncio
import gzip
import time
from datetime import UTC, datetime

import pytest
from warcio.archiveiterator import ArchiveIterator

from checks.artifacts import Link, Page, SiteArtifacts
from checks.urls import normalize
from crawler.content import decode_html, document_type, looks_binary
from crawler.download import Budget, Downloader, retry_after
from crawler.guard import RefusedAddress, check_host, is_public
from crawler.net import make_client
from crawler.politeness import LocalOriginLimiter
from crawler.robots import SitemapReader, fetch_robots, parse_sitemap
from crawler.scope import SiteScope
from crawler.selection import pages_to_render, sample_rank
from crawler.traps import TrapGuard
from crawler.warc import WarcFile
from tests.hostile.routes import RoutesServer


@pytest.mark.parametrize(("url", "expected"), [
    ("HTTP://Www.Example.LV:80/a/../b/?utm_source=x&b=2&a=1&fbclid=3#top", "http://www.example.lv/b/?a=1&b=2"),
    ("https://x.lv/lv/ziņas?id=5&gclid=9", "https://x.lv/lv/zi%C5%86as?id=5"),
    ("https://x.lv:443/", "https://x.lv/"),
])
def test_normalize(url, expected):
    assert normalize(url) == expected


@pytest.mark.parametrize(("declared", "url", "inside"), [
    ("https://www.vid.gov.lv/", "https://vid.gov.lv/lv/kontakti", True),           # www twin
    ("https://vid.gov.lv/", "https://eds.vid.gov.lv/", True),                      # subdomain
    ("https://www.vid.gov.lv/", "https://www.lm.gov.lv/", False),                  # same registrable domain
    ("https://www.x.lv/lv/iestade", "https://www.x.lv/lv/kontakti", True),         # directory of the path
    ("https://www.x.lv/lv/iestade/", "https://www.x.lv/lv/kontakti", False),
    ("https://www.x.lv/", "ftp://www.x.lv/file", False),
])
def test_scope(declared, url, inside):
    assert SiteScope.from_declared(declared).contains(url) is inside


def test_trap_guard_rules():
    guard = TrapGuard(max_length=100, max_variants=3, max_keysets=2)
    assert "longer" in guard.check("https://x.lv/" + "a" * 100)
    assert "repeated" in guard.check("https://x.lv/a/b/a/b/")
    assert "repeated" in guard.check("https://x.lv/x/y/x/z/x/")                   # 3 × "x"
    assert guard.check("https://x.lv/lv/news/news-2024") is None
    # calendar shape /cal/#/# followed three times, the fourth is a trap
    assert [guard.check(f"https://x.lv/cal/2024/{m:02d}") for m in range(1, 4)] == [None] * 3
    assert "calendar" in guard.check("https://x.lv/cal/2024/04")
    # many values of one parameter are fine; a third key set on one path is an explosion
    assert all(guard.check(f"https://x.lv/list?id={i}") is None for i in range(50))
    assert guard.check("https://x.lv/list?id=1&sort=a") is None
    assert "combinations" in guard.check("https://x.lv/list?id=1&view=grid")


def test_charsets():
    text = "Ārlietu ministrija: ņ š ž ū ģ ķ ļ"
    assert decode_html(text.encode("cp1257"), "text/html; charset=windows-1257") == ("cp1257", text)
    assert decode_html(text.encode("iso8859_13"), "text/html; charset=ISO-8859-13") == ("iso8859-13", text)
    meta = f'<meta charset="iso-8859-13"><p>{text}'
    assert decode_html(meta.encode("iso8859_13"), "text/html")[1] == meta
    assert decode_html(text.encode("utf-8"), "text/html") == ("utf-8", text)
    assert decode_html(text.encode("cp1257"), "text/html") == ("cp1257", text)     # undeclared legacy
    assert decode_html(text.encode("utf-8")[:-1], "text/html")[0] == "utf-8"       # cut mid-character
    assert looks_binary(b"%PDF\x00\x01") and not looks_binary(text.encode())


def test_document_types():
    assert document_type("https://x.lv/a/Report.PDF") == "pdf"
    assert document_type("https://x.lv/data", "text/csv") == "csv"
    assert document_type("https://x.lv/page.html", "text/html") is None
    assert document_type("https://x.lv/dl?id=1", "application/octet-stream") is None


def test_retry_after():
    now = datetime(2026, 11, 29, 8, 0, 0, tzinfo=UTC)
    assert retry_after("120") == 120.0
    assert retry_after("Sun, 29 Nov 2026 08:00:30 GMT", now) == 30.0                # RFC 9110 HTTP-date
    assert retry_after("soon") is None and retry_after(None) is None


def test_guard_address_classes():
    import ipaddress

    for addr in ("10.0.0.1", "172.16.0.1", "192.168.1.1", "127.0.0.1", "169.254.169.254", "224.0.0.1",
                 "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1", "240.0.0.1"):
        assert not is_public(ipaddress.ip_address(addr)), addr
    assert is_public(ipaddress.ip_address("195.244.128.1"))
    with pytest.raises(RefusedAddress):
        check_host("169.254.169.254", ["127.0.0.1"])
    assert check_host("127.0.0.1", ["127.0.0.1"]) == "127.0.0.1"
    with pytest.raises(RefusedAddress):
        check_host("127.0.0.2", ["127.0.0.1"])


def test_parse_sitemaps():
    index = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://x.lv/s1.xml.gz</loc></sitemap></sitemapindex>"""
    assert parse_sitemap(index, "https://x.lv/sitemap.xml") == ([], ["https://x.lv/s1.xml.gz"])
    urlset = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.lv/a&e;</loc></url>
      <url><loc> https://x.lv/b </loc></url></urlset>"""
    pages, children = parse_sitemap(urlset, "https://x.lv/")
    assert children == [] and "https://x.lv/b" in pages and not any("root:" in p for p in pages)
    assert parse_sitemap(b"https://x.lv/c\nhttps://x.lv/d\n", "https://x.lv/") == (
        ["https://x.lv/c", "https://x.lv/d"], [])


async def _downloader(client, **budget):
    return Downloader(client, LocalOriginLimiter(), Budget(delay=0.0, backoff=0.05, **budget))


async def test_robots_and_sitemap_discovery():
    host = "www.robots.lv"
    child = gzip.compress(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                          b"<url><loc>http://www.robots.lv/from-gz</loc></url></urlset>")
    routes = {
        (host, "/robots.txt"): (200, "text/plain", "User-agent: eindex\nDisallow: /private/\nCrawl-delay: 2\n"
                                "\nUser-agent: *\nDisallow: /\nSitemap: http://www.robots.lv/index.xml\n", {}),
        (host, "/index.xml"): (200, "application/xml",
                               '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
                               "<loc>http://www.robots.lv/child.xml.gz</loc></sitemap></sitemapindex>", {}),
        (host, "/child.xml.gz"): (200, "application/gzip", child, {}),
        ("www.down.lv", "/robots.txt"): (503, "text/plain", "busy", {}),
        ("www.none.lv", "/robots.txt"): (404, "text/plain", "", {}),
    }
    with RoutesServer(routes) as srv:
        async with make_client("eindex/0.1", srv.resolve(), ["127.0.0.1"]) as client:
            dl = await _downloader(client, max_retries=0)
            robots = await fetch_robots(dl, "http://www.robots.lv/")
            assert robots.allowed("http://www.robots.lv/lv/", "eindex")           # our group, not "*"
            assert not robots.allowed("http://www.robots.lv/private/x", "eindex")
            assert robots.crawl_delay("eindex") == 2.0
            urls = await SitemapReader(dl).urls(robots.sitemaps)
            assert urls == ["http://www.robots.lv/from-gz"]
            down = await fetch_robots(dl, "http://www.down.lv/")                  # RFC 9309: 5xx → disallow
            assert down.disallow_all and not down.allowed("http://www.down.lv/", "eindex")
            assert (await fetch_robots(dl, "http://www.none.lv/")).allowed("http://www.none.lv/a", "eindex")


async def test_warc_records_and_offsets(tmp_path):
    routes = {("www.warc.lv", "/"): (200, "text/html; charset=utf-8", "<p>labdien</p>", {"X-Test": "1"}),
              ("www.warc.lv", "/old"): (301, "text/html", "", {"Location": "/"})}
    with RoutesServer(routes) as srv:
        async with make_client("eindex/0.1", srv.resolve(), ["127.0.0.1"]) as client:
            with WarcFile(tmp_path, "www.warc.lv") as warc, WarcFile(tmp_path, "www.warc.lv") as second:
                dl = Downloader(client, LocalOriginLimiter(), Budget(delay=0.0), warc)
                got = await dl.get("http://www.warc.lv/old")
    assert warc.path != second.path                                              # a new file per audit
    assert got.status == 200 and got.redirects == ["http://www.warc.lv/"]
    with open(warc.path, "rb") as fh:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                   for r in ArchiveIterator(fh)]
    assert [(t, u) for t, u, _ in records] == [
        ("warcinfo", None), ("request", "http://www.warc.lv/old"), ("response", "http://www.warc.lv/old"),
        ("request", "http://www.warc.lv/"), ("response", "http://www.warc.lv/")]
    assert records[-1][2] == b"<p>labdien</p>"
    with open(warc.path, "rb") as fh:
        fh.seek(got.warc_offset)
        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Target-URI") == "http://www.warc.lv/"
        assert record.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"
        assert record.http_headers.get_header("X-Test") == "1"


async def test_limiter_back_off_and_global_cap():
    limiter = LocalOriginLimiter(global_concurrency=1)
    await limiter.back_off("https://x.lv:443", 0.3)
    started = time.monotonic()
    async with limiter.slot("https://x.lv:443", 2, 0.0):
        pass
    assert time.monotonic() - started >= 0.29
    inside = 0
    peak = 0

    async def one(origin):
        nonlocal inside, peak
        async with limiter.slot(origin, 2, 0.0):
            inside += 1
            peak = max(peak, inside)
            await asyncio.sleep(0.05)
            inside -= 1

    await asyncio.gather(*(one(f"https://h{i}.lv:443") for i in range(4)))
    assert peak == 1


def _page(url: str, links: list[Link] = (), depth: int = 1) -> Page:
    return Page(url=url, final_url=url, status=200, html="<html></html>", links=list(links), depth=depth)


def test_page_selection_is_deterministic_and_covers_the_checklist():
    home_links = [Link("https://x.lv/lv/kontakti", "Kontakti"), Link("https://x.lv/lv/jaunumi", "Jaunumi"),
                  Link("https://x.lv/lv/pakalpojumi", "Pakalpojumi"),
                  Link("https://x.lv/en/", "English", hreflang="en")]
    home = _page("https://x.lv/lv/", home_links, 0)
    home.lang = "lv"
    others = [_page(f"https://x.lv/lv/raksts-{i}") for i in range(40)]
    extra = [_page(u.url) for u in home_links]
    site = SiteArtifacts("https://x.lv/lv/", "https://x.lv/lv/", pages=[home, *others, *extra])
    chosen = [p.url for p in pages_to_render(site, 8, seed="2026")]
    assert chosen[:5] == ["https://x.lv/lv/", "https://x.lv/lv/kontakti", "https://x.lv/lv/pakalpojumi",
                          "https://x.lv/lv/jaunumi", "https://x.lv/en/"]
    rest = sorted((p.url for p in others), key=lambda u: sample_rank(u, "2026"))[:3]
    assert chosen[5:] == rest
    shuffled = SiteArtifacts("https://x.lv/lv/", "https://x.lv/lv/", pages=[home, *reversed(others), *extra])
    assert [p.url for p in pages_to_render(shuffled, 8, seed="2026")] == chosen   # order-independent
