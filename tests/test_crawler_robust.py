"""Crawler robustness and security fixes from the code review (review-findings.md #3–#8, #11, #13, #21),
each over real HTTP on 127.0.0.1: TLS connections per host name, the SSRF guard's address classes,
redirects off the site and through robots.txt, redirect targets fetched once, malformed URLs that must
not stop a crawl, the sitemap file cap, the origin delay under the global cap, CSS selectors of identical
siblings, the raw size cap and one robots.txt cache per site audit."""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
import struct
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
import trustme

from checks.dom import css_selector, parse
from crawler.download import Budget, Downloader
from crawler.fetch import CrawlLimits, SiteCrawler
from crawler.guard import RefusedAddress, check_host, is_public
from crawler.net import GuardedTransport, make_client
from crawler.politeness import LocalOriginLimiter
from crawler.robots import SitemapReader
from crawler.selection import pages_to_render
from crawler.social import FeedReader
from tests.hostile.routes import RoutesServer

HTML = "text/html; charset=utf-8"


def _limits(**over) -> CrawlLimits:
    return CrawlLimits(**{"politeness_delay": 0.0, "seconds": 30.0, **over})


def _downloader(client, **budget) -> Downloader:
    return Downloader(client, LocalOriginLimiter(), Budget(**{"delay": 0.0, "max_retries": 0, **budget}))


# --- #4: the SSRF guard ------------------------------------------------------------------------------

@pytest.mark.parametrize("addr", [
    "100.64.0.1", "100.100.100.200",          # RFC 6598 shared space (Alibaba Cloud metadata)
    "2002:a00:1::",                           # 6to4 of 10.0.0.1 (RFC 3056)
    "2002:a9fe:a9fe::",                       # 6to4 of 169.254.169.254
    "64:ff9b::a00:1",                         # NAT64 of 10.0.0.1 (RFC 6052)
    "64:ff9b::7f00:1",                        # NAT64 of 127.0.0.1
    "224.0.0.1", "ff0e::1",                   # multicast, also the "global" scopes
])
def test_guard_refuses_shared_space_and_embedded_private_ipv4(addr):
    assert not is_public(ipaddress.ip_address(addr))
    with pytest.raises(RefusedAddress):
        check_host(addr, [])


@pytest.mark.parametrize("addr", ["195.244.128.1", "2002:c3f4:8001::", "64:ff9b::c3f4:8001",
                                  "2a00:1450:4001:80b::200e"])
def test_guard_keeps_public_addresses(addr):
    # 2002:c3f4:8001:: and 64:ff9b::c3f4:8001 embed 195.244.128.1, a public address
    assert is_public(ipaddress.ip_address(addr))


# --- #3: TLS connections are per host name -------------------------------------------------------------

class _TlsServer(ThreadingHTTPServer):
    """HTTPS on 127.0.0.1 with a certificate valid for ``a.test`` only; records the SNI of each handshake."""

    daemon_threads = True

    def __init__(self, cert: trustme.LeafCert) -> None:
        super().__init__(("127.0.0.1", 0), _HostEcho)
        self.snis: list[str | None] = []
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        cert.configure_cert(ctx)
        ctx.sni_callback = lambda _sock, name, _ctx: self.snis.append(name)
        self.socket = ctx.wrap_socket(self.socket, server_side=True)


class _HostEcho(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        body = f"host={self.headers['Host']}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


async def test_tls_connection_is_not_reused_for_another_name_on_the_same_ip():
    ca = trustme.CA()
    server = _TlsServer(ca.issue_cert("a.test"))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        at = f"127.0.0.1:{server.server_address[1]}"
        verify = ssl.create_default_context()
        ca.configure_trust(verify)
        transport = GuardedTransport({"a.test": at, "b.test": at}, ["127.0.0.1"], verify=verify)
        async with httpx.AsyncClient(transport=transport) as client:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await client.get("https://b.test/")                       # b.test is not on the certificate
            assert (await client.get("https://a.test/")).text == "host=a.test"
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await client.get("https://b.test/")                       # a.test's open connection is not b's
    finally:
        server.shutdown()
        server.server_close()
    assert server.snis == ["b.test", "a.test", "b.test"]                  # a handshake per name, its own SNI


# --- #5, #6: redirects --------------------------------------------------------------------------------

async def test_redirect_off_the_site_is_not_a_page_of_the_site_and_hops_obey_robots():
    a, b = "www.a.lv", "www.b.lv"
    home = "<html lang=lv><title>A</title><body><a href='/go'>x</a><a href='/go2'>y</a></body></html>"
    routes = {
        (a, "/"): (200, HTML, home, {}),
        (a, "/go"): (302, HTML, "", {"Location": f"http://{b}/other"}),
        (a, "/go2"): (302, HTML, "", {"Location": f"http://{b}/open"}),
        (b, "/robots.txt"): (200, "text/plain", "User-agent: *\nDisallow: /other\n", {}),
        (b, "/other"): (200, HTML, "<form role=search><input type=search name=q></form>", {}),
        (b, "/open"): (200, HTML, "<form role=search><input type=search name=q></form>", {}),
    }
    with RoutesServer(routes) as srv:
        async with make_client("eindex-test", srv.resolve(), ["127.0.0.1"]) as client:
            site = await SiteCrawler(client, f"http://{a}/", limits=_limits()).crawl()
    pages = {p.url: p for p in site.pages}
    assert srv.hits[(b, "/other")] == 0                                   # robots.txt of the hop's origin
    assert pages[f"http://{a}/go"].error.kind == "robots_disallowed"
    assert pages[f"http://{a}/go2"].error.kind == "off_site"
    assert pages[f"http://{a}/go2"].html is None
    assert [p.url for p in pages_to_render(site, 25)] == [f"http://{a}/"]


async def test_redirect_target_that_is_also_linked_is_fetched_once():
    host = "www.lv.lv"
    lv = "<html lang=lv><body><a href='/lv/'>Sākums</a><a href='/lv/a'>A</a><a href='/old'>Vecā</a></body></html>"
    routes = {
        (host, "/"): (302, HTML, "", {"Location": "/lv/"}),
        (host, "/lv/"): (200, HTML, lv, {}),
        (host, "/old"): (301, HTML, "", {"Location": "/lv/a"}),
        (host, "/lv/a"): (200, HTML, "<html><body>a</body></html>", {}),
    }
    with RoutesServer(routes) as srv:
        async with make_client("eindex-test", srv.resolve(), ["127.0.0.1"]) as client:
            site = await SiteCrawler(client, f"http://{host}/", limits=_limits(workers=1)).crawl()
    assert srv.hits[(host, "/lv/")] == 1 and srv.hits[(host, "/lv/a")] == 1
    finals = [p.final_url for p in pages_to_render(site, 25)]
    assert sorted(finals) == [f"http://{host}/lv/", f"http://{host}/lv/a"]
    assert site.homepage.url == f"http://{host}/" and site.homepage.final_url == f"http://{host}/lv/"


# --- #7: malformed URLs --------------------------------------------------------------------------------

async def test_malformed_sitemap_url_and_redirect_port_do_not_stop_the_crawl():
    host = "www.bad.lv"
    home = "<html lang=lv><body>" + "".join(f"<a href='/{p}'>{p}</a>" for p in ("bad1", "bad2", "ok1", "ok2"))
    sitemap = ("<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>http://[::1/x</loc></url>"
               f"<url><loc>http://{host}/ok3</loc></url></urlset>")
    routes = {(host, "/"): (200, HTML, home + "</body></html>", {}),
              (host, "/sitemap.xml"): (200, "application/xml", sitemap, {})}
    for path in ("bad1", "bad2"):
        routes[(host, f"/{path}")] = (302, HTML, "", {"Location": "http://127.0.0.1:99999/x"})
    for path in ("ok1", "ok2", "ok3"):
        routes[(host, f"/{path}")] = (200, HTML, "<html><body>ok</body></html>", {})
    with RoutesServer(routes) as srv:
        async with make_client("eindex-test", srv.resolve(), ["127.0.0.1"]) as client:
            started = time.monotonic()
            site = await SiteCrawler(client, f"http://{host}/", limits=_limits(seconds=20, workers=2)).crawl()
    assert time.monotonic() - started < 10 and not site.budget_exhausted
    pages = {p.url: p for p in site.pages}
    assert all(pages[f"http://{host}/{p}"].status == 200 for p in ("ok1", "ok2", "ok3"))
    assert [pages[f"http://{host}/{p}"].error.kind for p in ("bad1", "bad2")] == ["bad_url", "bad_url"]


# --- #8: the sitemap file cap counts failed files -----------------------------------------------------

async def test_sitemap_index_of_dead_children_stops_at_max_files():
    host = "www.smap.lv"
    children = "".join(f"<sitemap><loc>http://{host}/s{i}.xml</loc></sitemap>" for i in range(300))
    index = f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{children}</sitemapindex>"
    with RoutesServer({(host, "/sitemap.xml"): (200, "application/xml", index, {})}) as srv:
        async with make_client("eindex-test", srv.resolve(), ["127.0.0.1"]) as client:
            reader = SitemapReader(_downloader(client), max_files=20)
            assert await reader.urls([f"http://{host}/sitemap.xml"]) == []
    assert reader.files_read == [f"http://{host}/sitemap.xml"]
    assert sum(srv.hits.values()) == 20                     # the index and 19 children (404), not 301


# --- #11: the per-origin delay holds while the global cap is full -------------------------------------

async def test_origin_delay_holds_when_requests_queue_on_the_global_cap():
    limiter = LocalOriginLimiter(global_concurrency=2)
    starts: dict[str, list[float]] = {"y": []}
    t0 = time.monotonic()

    async def request(origin: str, hold: float, delay: float) -> None:
        async with limiter.slot(origin, 2, delay):
            starts.setdefault(origin, []).append(time.monotonic() - t0)
            await asyncio.sleep(hold)

    await asyncio.gather(request("x", 0.5, 0.0), request("z", 0.5, 0.0),    # fill the global cap for 0.5 s
                         request("y", 0.05, 0.4), request("y", 0.05, 0.4))
    first, second = starts["y"]
    assert first >= 0.49                                    # queued on the global cap
    assert second - first >= 0.39                           # and still 0.4 s apart (was 0)


# --- #13: CSS selectors of identical siblings ---------------------------------------------------------

def test_css_selector_tells_identical_siblings_apart():
    soup = parse("<html><body><ul>" + "<li><a href='/same'>Same</a></li>" * 3 + "</ul></body></html>")
    links = soup.find_all("a")
    selectors = [css_selector(a) for a in links]
    assert selectors == [f"html > body > ul > li:nth-of-type({n}) > a" for n in (1, 2, 3)]
    assert all(soup.select_one(sel) is a for sel, a in zip(selectors, links, strict=True))


def test_css_selector_is_linear_in_siblings_with_a_shared_cache():
    soup = parse("<html><body><div>" + "<a href='/x'>x</a><span>s</span>" * 5000 + "</div></body></html>")
    links = soup.find_all("a")
    positions: dict = {}
    started = time.monotonic()
    selectors = [css_selector(a, positions) for a in links]
    assert time.monotonic() - started < 1.0                 # was 7 s for 5,000 links in one <div>
    assert selectors[4999] == "html > body > div > a:nth-of-type(5000)"


# --- #21: the raw size cap and one robots.txt cache per site audit -----------------------------------

def _gzip_with_long_name(name_bytes: int, payload: bytes) -> bytes:
    """A gzip member (RFC 1952) whose FNAME header field is ``name_bytes`` long: bytes on the wire that
    decode to nothing."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = deflate.compress(payload) + deflate.flush()
    header = b"\x1f\x8b\x08\x08" + b"\x00" * 4 + b"\x00\xff" + b"n" * name_bytes + b"\x00"
    return header + data + struct.pack("<II", zlib.crc32(payload), len(payload))


async def test_size_cap_counts_bytes_on_the_wire():
    host = "www.gz.lv"
    body = _gzip_with_long_name(2 * 1024 * 1024, b"<p>labdien</p>")
    with RoutesServer({(host, "/"): (200, HTML, body, {"Content-Encoding": "gzip"})}) as srv:
        async with make_client("eindex-test", srv.resolve(), ["127.0.0.1"]) as client:
            got = await _downloader(client, max_bytes=100_000).get(f"http://{host}/")
    assert got.status == 200 and got.truncated and got.body == b""          # was: 2 MB read, not truncated


async def test_feed_reader_shares_the_crawls_robots_cache():
    host = "www.social.lv"
    routes = {(host, "/robots.txt"): (200, "text/plain", "User-agent: *\nDisallow: /private\n", {}),
              (host, "/"): (200, HTML, "<html lang=lv><body>sākums</body></html>", {}),
              (host, "/@iestade"): (200, HTML, "<html><body>profils</body></html>", {})}
    with RoutesServer(routes) as srv:
        async with make_client("eindex-test", srv.resolve(), ["127.0.0.1"]) as client:
            downloader = _downloader(client)
            crawler = SiteCrawler(downloader, f"http://{host}/", limits=_limits())
            await crawler.crawl()
            feed = await FeedReader(downloader, crawler.robots).read(f"http://{host}/@iestade")
            blocked = await FeedReader(downloader, crawler.robots).read(f"http://{host}/private")
    assert feed.reachable and srv.hits[(host, "/@iestade")] == 1
    assert not blocked.reachable and srv.hits[(host, "/private")] == 0
    assert srv.hits[(host, "/robots.txt")] == 1
