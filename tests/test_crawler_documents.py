"""Documents found only by link get their size from a polite HEAD (crawler/documents.py), over HTTP on
127.0.0.1: sizes in bytes exactly as served, the per-site cap respected, a server refusing HEAD with 405
asked with ``Range: bytes=0-0`` instead (206 → Content-Range's complete length; 200 → Content-Length),
robots.txt obeyed, the HEAD exchanges in the WARC file, and the size in E18_03's evidence. The first
readable ones (PDF, DOCX, TXT) are fetched whole and read for a table of numbers instead."""

from __future__ import annotations

import asyncio
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from warcio.archiveiterator import ArchiveIterator

from checks.options import CheckOptions
from checks.registry import run_all
from crawler.download import Budget, Downloader
from crawler.fetch import CrawlLimits, SiteCrawler
from crawler.net import make_client
from crawler.politeness import LocalOriginLimiter
from crawler.warc import WarcFile
from tests.test_crawler_doctables import pdf

PDF = "application/pdf"
BUDGET = pdf("Budzeta izpilde 2022", "Programma; Plans EUR; Izpilde EUR", "01.00.00 Administracija; 310 000; 298 450",
             "02.00.00 Pakalpojumi; 1 250 000; 1 201 900", "03.00.00 Investicijas; 480 000; 455 120")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# path → (media type, size in bytes, how the server treats HEAD): "head" answers it, "405-range" refuses
# HEAD and honours Range with 206, "405-norange" refuses HEAD and ignores Range (whole 200 answer)
FILES = {
    "/dati/budzets-2024.xlsx": (XLSX, 12_345, "head"),
    "/dati/statistika-2024.pdf": (PDF, 98_765, "405-range"),
    "/dati/iedzivotaju-skaits.pdf": (PDF, 4_321, "405-norange"),
    "/slepeni/parskats.pdf": (PDF, 777, "head"),  # robots.txt disallows /slepeni/
    "/dati/tarifi-2023.pdf": (PDF, 2_048, "head"),
    "/dati/izpilde-2022.pdf": (PDF, len(BUDGET), "head"),  # a real PDF with a budget table (BUDGET)
}
ORDER = list(FILES)  # the homepage links them in this order
HOME = ("<!doctype html><html lang='lv'><head><meta charset='utf-8'><title>Iestāde</title></head><body>"
        "<h1>Atvērtie dati un pārskati</h1><ul>"
        + "".join(f"<li><a href='{p}'>Pārskats {i}</a></li>" for i, p in enumerate(ORDER))
        + "</ul></body></html>").encode()
ROBOTS = b"User-agent: *\nDisallow: /slepeni/\n"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Site

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, ctype: str, body: bytes, headers: dict | None = None,
              length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self.server.log.append((time.monotonic(), "HEAD", self.path, None))
        ctype, size, mode = FILES.get(self.path, ("text/html", 0, "head"))
        if mode.startswith("405"):
            self._send(405, "text/plain", b"", {"Allow": "GET"})
        elif self.path in FILES:
            self._send(200, ctype, b"", length=size)  # the Content-Length a GET would have
        else:
            self._send(404, "text/plain", b"")

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        rng = self.headers.get("Range")
        self.server.log.append((time.monotonic(), "GET", self.path, rng))
        if self.path == "/":
            return self._send(200, "text/html; charset=utf-8", HOME)
        if self.path == "/robots.txt":
            return self._send(200, "text/plain", ROBOTS)
        if self.path not in FILES:
            return self._send(404, "text/plain", b"")
        ctype, size, mode = FILES[self.path]
        if rng == "bytes=0-0" and mode == "405-range":
            return self._send(206, ctype, b"%", {"Content-Range": f"bytes 0-0/{size}"})
        return self._send(200, ctype, BUDGET if self.path == "/dati/izpilde-2022.pdf" else b"%" * size)


class _Site(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.log: list[tuple[float, str, str, str | None]] = []
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def document_requests(self) -> list[tuple[str, str, str | None]]:
        return [(m, p, r) for _, m, p, r in self.log if p in FILES]


HOST = "www.iestade.lv"


def _crawl(site: _Site, cap: int, warc: WarcFile | None = None, delay: float = 0.0, reads: int = 0,
           max_bytes: int = 10 * 1024 * 1024):
    async def go():
        async with make_client("eindex-test", {HOST: f"127.0.0.1:{site.server_address[1]}"},
                               ["127.0.0.1"]) as client:
            budget = Budget(delay=delay, max_retries=0, max_bytes=max_bytes)
            downloader = Downloader(client, LocalOriginLimiter(), budget, warc)
            limits = CrawlLimits(politeness_delay=delay, document_heads=cap, document_reads=reads)
            return await SiteCrawler(downloader, f"http://{HOST}/", limits=limits).crawl()

    return asyncio.run(go())


def _docs(art) -> dict[str, tuple[int | None, str]]:
    return {d.url.split(HOST, 1)[1]: (d.size, d.content_type) for p in art.pages for d in p.documents}


@pytest.fixture
def site():
    server = _Site()
    yield server
    server.shutdown()
    server.server_close()


def test_sizes_as_served_with_head_and_the_405_fallbacks(site):
    art = _crawl(site, cap=10)
    assert _docs(art) == {
        "/dati/budzets-2024.xlsx": (12_345, XLSX),
        "/dati/statistika-2024.pdf": (98_765, PDF),      # 206, Content-Range: bytes 0-0/98765
        "/dati/iedzivotaju-skaits.pdf": (4_321, PDF),     # Range ignored: Content-Length of the 200
        "/slepeni/parskats.pdf": (None, ""),              # robots.txt: never asked
        "/dati/tarifi-2023.pdf": (2_048, PDF),
        "/dati/izpilde-2022.pdf": (len(BUDGET), PDF),
    }
    assert sorted(site.document_requests()) == sorted([
        ("HEAD", "/dati/budzets-2024.xlsx", None),
        ("HEAD", "/dati/statistika-2024.pdf", None), ("GET", "/dati/statistika-2024.pdf", "bytes=0-0"),
        ("HEAD", "/dati/iedzivotaju-skaits.pdf", None), ("GET", "/dati/iedzivotaju-skaits.pdf", "bytes=0-0"),
        ("HEAD", "/dati/tarifi-2023.pdf", None), ("HEAD", "/dati/izpilde-2022.pdf", None),
    ])
    assert not art.errors


def test_the_cap_measures_the_first_documents_in_link_order(site):
    art = _crawl(site, cap=2)
    sizes = {path: size for path, (size, _) in _docs(art).items()}
    assert sizes == {"/dati/budzets-2024.xlsx": 12_345, "/dati/statistika-2024.pdf": 98_765,
                     "/dati/iedzivotaju-skaits.pdf": None, "/slepeni/parskats.pdf": None,
                     "/dati/tarifi-2023.pdf": None, "/dati/izpilde-2022.pdf": None}
    assert {p for _, p, _ in site.document_requests()} == {"/dati/budzets-2024.xlsx", "/dati/statistika-2024.pdf"}


def test_heads_are_polite_and_in_the_warc(site, tmp_path):
    delay = 0.2
    with WarcFile(tmp_path, HOST) as warc:
        _crawl(site, cap=10, warc=warc, delay=delay)
    starts = [t for t, _, p, _ in site.log if p in FILES]
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    # one origin: starts ≥ delay apart; arrivals at the server may jitter by tens of ms on a loaded machine
    assert len(starts) == 7 and min(gaps) >= delay - 0.05, gaps
    with open(warc.path, "rb") as fh:
        heads = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh)
                 if r.rec_type == "request" and r.http_headers.protocol == "HEAD"]
    assert sorted(heads) == sorted(f"http://{HOST}{p}" for p in ORDER if not p.startswith("/slepeni/"))


def test_e18_03_evidence_carries_type_and_size(site):
    art = _crawl(site, cap=10)
    e18 = next(d for d in run_all(art, CheckOptions())[0] if d.question_id == "E18_03" and d.option == "1")
    snippets = {e.snippet for e in e18.evidence}
    assert f"Pārskats 1 → http://{HOST}/dati/statistika-2024.pdf (application/pdf, 98765 bytes)" in snippets
    assert f"Pārskats 3 → http://{HOST}/slepeni/parskats.pdf" in snippets  # size unknown: nothing appended


def test_the_first_readable_documents_are_read_whole_for_a_table(site):
    art = _crawl(site, cap=10, reads=4, max_bytes=50_000)
    docs = {d.url.split(HOST, 1)[1]: (d.size, d.table) for p in art.pages for d in p.documents}
    assert docs == {
        "/dati/budzets-2024.xlsx": (12_345, None),      # no reader for XLSX: a HEAD for its size
        "/dati/statistika-2024.pdf": (98_765, None),    # longer than max_bytes: cut, unread, its Content-Length
        "/dati/iedzivotaju-skaits.pdf": (4_321, None),  # 4 321 × "%" is no PDF
        "/slepeni/parskats.pdf": (None, None),          # robots.txt: never asked, not counted
        "/dati/tarifi-2023.pdf": (2_048, None),
        "/dati/izpilde-2022.pdf": (len(BUDGET), "01.00.00 Administracija; 310 000; 298 450 / 02.00.00 Pakalpojumi; "
                                   "1 250 000; 1 201 900 / 03.00.00 Investicijas; 480 000; 455 120"),
    }
    pdfs = [p for p in ORDER if p.endswith(".pdf") and not p.startswith("/slepeni/")]
    assert sorted(site.document_requests()) == sorted([("HEAD", "/dati/budzets-2024.xlsx", None),
                                                       *(("GET", p, None) for p in pdfs)])


def test_reads_over_the_cap_are_heads(site):
    art = _crawl(site, cap=10, reads=1)
    assert {d.url.split(HOST, 1)[1] for p in art.pages for d in p.documents if d.table is not None} == set()
    assert sorted(m for m, p, _ in site.document_requests() if p == "/dati/izpilde-2022.pdf") == ["HEAD"]
    assert [p for m, p, r in site.document_requests() if m == "GET" and r is None] == ["/dati/statistika-2024.pdf"]
