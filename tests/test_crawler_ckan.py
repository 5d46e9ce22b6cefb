"""E18_01's portal look-ups go the way of every other fetch of a site audit: through the audit's
Downloader, so each ``package_search`` call is a request + response pair in the audit's WARC file, waits
for the portal origin's politeness slot, and passes the SSRF guard. Against the CKAN-shaped stub on
127.0.0.1 (tests/ckan_stub.py)."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import parse_qs, urlsplit

from warcio.archiveiterator import ArchiveIterator

from checks.artifacts import Document
from crawler.ckan import portal_records, search_url
from crawler.download import Budget, Downloader
from crawler.net import make_client
from crawler.politeness import LocalOriginLimiter
from crawler.warc import WarcFile
from tests.ckan_stub import CkanStub

LISTED = "http://www.iestade.lv/dati/budzets.csv"
DOCS = [Document(url=LISTED, type="csv"), Document(url="http://www.iestade.lv/dati/algas.xlsx", type="xlsx"),
        Document(url="https://www.iestade.lv/dati/iepirkumi.json", type="json")]
DELAY = 0.4  # seconds between two starts at one origin


async def _lookups(base: str, warc: WarcFile | None, allowed: list[str]):
    async with make_client("eindex-test", {}, allowed) as client:
        downloader = Downloader(client, LocalOriginLimiter(), Budget(delay=DELAY, max_retries=0), warc)
        return await portal_records(downloader, base, DOCS), downloader.requests


def test_lookups_are_warc_records(tmp_path):
    with CkanStub([LISTED]) as ckan, WarcFile(tmp_path, "www.iestade.lv") as warc:
        records, requests = asyncio.run(_lookups(ckan.url, warc, ["127.0.0.1"]))
    assert [r.listed for r in records] == [True, False, False] and requests == 3
    with open(warc.path, "rb") as fh:
        found = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                 for r in ArchiveIterator(fh) if r.rec_type in ("request", "response")]
    expected = [search_url(ckan.url, d.url) for d in DOCS]
    assert [(kind, uri) for kind, uri, _ in found] == [(k, u) for u in expected for k in ("request", "response")]
    first = json.loads(found[1][2])
    assert first["success"] and first["result"]["count"] == 1
    asked = parse_qs(urlsplit(expected[0]).query)["q"][0]
    assert asked == f'res_url:"http://{LISTED[7:]}" OR res_url:"https://{LISTED[7:]}"'


def test_lookups_wait_for_the_portal_origins_politeness_delay(tmp_path):
    with CkanStub([LISTED]) as ckan:
        asyncio.run(_lookups(ckan.url, None, ["127.0.0.1"]))
    starts = [t for t, _ in ckan.hits]
    assert len(starts) == 3
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= DELAY - 0.02, gaps  # 20 ms for the difference in two requests' latencies


def test_a_portal_on_a_refused_address_is_an_error_not_a_request():
    with CkanStub([LISTED]) as ckan:
        records, _ = asyncio.run(_lookups(ckan.url, None, []))
    assert ckan.hits == [] and [r.listed for r in records] == [None, None, None]
    assert "refused_private_address" in records[0].error
