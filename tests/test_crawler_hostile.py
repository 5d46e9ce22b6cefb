"""The hostile-site suite (issue 3): every trap on one crawl of a hostile server on 127.0.0.1, reached
under real-looking host names through the resolver override. For each: the crawl finishes, budgets
hold, the page-level error has a clear ``kind``, nothing else is lost."""

from __future__ import annotations

import asyncio
import time

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.hostile.crawl import crawl
from tests.hostile.server import LATVIAN, HostileServer

MB = 1024 * 1024


@pytest.fixture(scope="module")
def server():
    with HostileServer() as srv:
        yield srv


def _settings(settings, server, **over):
    at = f"127.0.0.1:{server.port}"
    resolve = {h: at for h in ("www.hostile.lv", "hostile.lv", "closed.hostile.lv", "busy.hostile.lv")}
    resolve["internal.hostile.lv"] = "10.0.0.1:80"
    values = dict(resolve=resolve, politeness_delay=0.0, response_timeout=3.0, page_timeout=3.0,
                  retry_backoff=0.1, max_depth=10, site_timeout=120.0)
    values.update(over)
    return settings.model_copy(update=values)


@pytest.fixture(scope="module")
def hostile(server, tmp_path_factory):
    """One crawl of www.hostile.lv with default size budget (10 MB) and short time limits."""
    from store.settings import Settings

    base = Settings(data_dir=tmp_path_factory.mktemp("hostile"), allow_private=["127.0.0.1"])
    settings = _settings(base, server)
    started = time.monotonic()
    site, warc, _ = asyncio.run(crawl(settings, "http://www.hostile.lv/"))
    return site, warc, time.monotonic() - started, settings


def _page(site, path):
    return next(p for p in site.pages if p.url == f"http://www.hostile.lv{path}")


def _errors(site, kind):
    return [e for e in site.errors if e.kind == kind]


def test_crawl_finishes_fast_and_within_page_budget(hostile):
    site, _, seconds, settings = hostile
    assert seconds < 60                       # the drip (1 byte/s for 1000 s) was cut at 3 s
    assert len(site.pages) <= settings.max_pages
    assert site.homepage is not None and site.homepage.error is None


def test_infinite_calendar_is_cut_by_the_trap_guard(hostile):
    site, *_ = hostile
    calendar = [p for p in site.pages if "/calendar/" in p.url]
    # two URL shapes (month pages, day pages), each followed at most 30 times (TrapGuard.max_variants)
    assert 0 < len(calendar) <= 60
    assert site.skipped["trap"] > 0
    assert any("calendar" in e.message for e in _errors(site, "trap"))


def test_repeating_path_segments_are_a_trap(hostile):
    site, *_ = hostile
    assert not any(p.url.endswith("/a/b/a/b/a/b/") for p in site.pages)
    assert any(e.url.endswith("/a/b/a/b/a/b/") for e in _errors(site, "trap"))


def test_redirect_loop(hostile):
    site, *_ = hostile
    assert _page(site, "/loop/a").error.kind == "redirect_loop"


def test_50_mb_page_is_truncated_at_the_size_budget(hostile):
    site, *_ = hostile
    page = _page(site, "/big")
    assert page.error.kind == "too_large"
    assert page.truncated and page.size == 10 * MB


def test_slow_drip_times_out(hostile):
    site, *_ = hostile
    page = _page(site, "/drip")
    assert page.error.kind == "timeout"
    assert page.fetch_ms < 10_000


def test_binary_served_as_html(hostile):
    site, *_ = hostile
    page = _page(site, "/binary")
    assert page.error.kind == "not_html" and page.html is None


def test_429_with_retry_after_is_retried_after_the_wait(hostile, server):
    site, *_ = hostile
    page = _page(site, "/limited")
    assert page.status == 200 and page.error is None
    assert server.hits[("www.hostile.lv", "/limited")] == 2


def test_500_is_an_http_status_error(hostile):
    site, *_ = hostile
    page = _page(site, "/error500")
    assert page.status == 500 and page.error.kind == "http_status"


def test_malformed_html_still_yields_links(hostile):
    site, *_ = hostile
    urls = {link.url for link in _page(site, "/malformed").links}
    assert {"http://www.hostile.lv/ok-from-malformed", "http://www.hostile.lv/second"} <= urls
    assert _page(site, "/second").status == 200


@pytest.mark.parametrize(("path", "encoding"), [("/lv-1257", "cp1257"), ("/lv-iso", "iso8859-13"),
                                                ("/lv-undeclared", "cp1257")])
def test_latvian_legacy_charsets(hostile, path, encoding):
    site, *_ = hostile
    page = _page(site, path)
    assert page.encoding == encoding
    assert LATVIAN in page.html


def test_redirect_to_cloud_metadata_address_is_refused(hostile, server):
    site, *_ = hostile
    assert _page(site, "/to-metadata").error.kind == "refused_private_address"


def test_in_scope_host_resolving_to_a_private_address_is_refused(hostile):
    site, *_ = hostile
    error = next(e for e in site.errors if e.url == "http://internal.hostile.lv/")
    assert error.kind == "refused_private_address"              # refused already at its robots.txt
    assert "10.0.0.1" in error.message


def test_documents_are_recorded_not_crawled(hostile, server):
    site, *_ = hostile
    docs = {d.url: d for d in site.homepage.documents}
    pdf = docs["http://www.hostile.lv/docs/report.pdf"]
    assert pdf.type == "pdf" and pdf.link_text == "Pārskats (PDF)" and pdf.found_on == site.homepage.url
    # known by its extension, never downloaded: this server answers HEAD with 501, so its size comes from
    # one GET with Range: bytes=0-0 whose body is left unread (crawler/documents.py)
    assert server.hits[("www.hostile.lv", "/docs/report.pdf")] == 1
    assert pdf.size == len(b"%PDF-1.4\n") + 1000 and pdf.content_type == "application/pdf"
    csv = docs["http://www.hostile.lv/data/table"]                       # known by its content type
    assert csv.type == "csv" and csv.size == len("a,b\n1,2\n")


def test_out_of_scope_private_links_are_never_fetched(hostile):
    site, *_ = hostile
    assert not any(p.url.startswith(("http://10.", "http://169.254.")) for p in site.pages)
    assert {"http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/"} <= {
        link.url for link in site.homepage.links}


def test_every_exchange_is_in_the_warc(hostile, server):
    site, warc, *_ = hostile
    records = {}
    with open(warc.path, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                records[record.rec_headers.get_header("WARC-Target-URI")] = record.rec_headers
    fetched = [p for p in site.pages if p.status is not None]
    assert fetched and all(p.url in records or p.final_url in records for p in fetched)
    with open(warc.path, "rb") as fh:
        for page in fetched:
            fh.seek(page.warc_offset)
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_type == "response" and record.rec_headers.get_header("WARC-Date")
    big = records["http://www.hostile.lv/big"]
    assert big.get_header("WARC-Truncated") == "length"


async def test_robots_disallow_all(server, settings):
    site, _, downloader = await crawl(_settings(settings, server), "http://closed.hostile.lv/")
    assert site.homepage is None
    assert site.pages[0].error.kind == "robots_disallowed"
    assert server.hits[("closed.hostile.lv", "/")] == 0
    assert downloader.requests == 1                                       # robots.txt only


async def test_site_on_the_metadata_address_is_refused_without_connecting(settings):
    started = time.monotonic()
    site, _, _ = await crawl(settings, "http://169.254.169.254/latest/meta-data/")
    assert site.homepage is None
    assert site.pages[0].error.kind == "refused_private_address"
    assert time.monotonic() - started < 5


async def test_politeness_per_origin(server, settings):
    s = _settings(settings, server, origin_concurrency=2, politeness_delay=0.2, max_pages=12)
    site, _, _ = await crawl(s, "http://busy.hostile.lv/")
    assert len(site.pages) == 12
    assert server.max_in_flight["busy.hostile.lv"] <= 2
    starts = sorted(server.times["busy.hostile.lv"])
    # request starts are ≥ 0.2 s apart at the client; arrival jitter blurs single gaps, not the span
    assert starts[-1] - starts[0] >= 0.2 * (len(starts) - 1) - 0.1
