"""Gatherer for E18_01: asks the national open-data portal, a CKAN instance (data.gov.lv runs CKAN),
whether it lists each data file a site publishes.

CKAN Action API (docs.ckan.org, "API guide", ``package_search``): ``GET {base}/api/3/action/package_search
?q=res_url:"<url>"&rows=1`` returns ``{"success": true, "result": {"count": n, "results": [{"name"…}]}}``;
``res_url`` is the Solr field CKAN indexes for resource URLs. The http and https forms of a URL are asked
together. The base URL is the setting ``EINDEX_CKAN_URL``; empty disables the look-up (E18_01 then asks
for review). Look-ups go through the site audit's :class:`~crawler.download.Downloader` like every other
fetch (DESIGN.md: every HTTP response of a site audit is in its WARC file; politeness per origin). The
portal's robots.txt is not consulted: the Action API is the interface the portal offers to programs,
not pages to crawl.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

import httpx

from checks.artifacts import Document, PortalRecord
from crawler.download import Budget, Downloader
from crawler.politeness import LocalOriginLimiter

MAX_LOOKUPS = 25  # data files asked about per site; the rest stay unknown (E18_01 asks for review)


def _query(url: str) -> str:
    bare = url.split("://", 1)[-1].replace('"', '\\"')
    return f'res_url:"http://{bare}" OR res_url:"https://{bare}"'


def search_url(base_url: str, url: str) -> str:
    """The ``package_search`` request URL that asks whether the portal lists ``url``."""
    return base_url.rstrip("/") + "/api/3/action/package_search?" + urlencode({"q": _query(url), "rows": 1})


def _answer(fetched_body: bytes) -> dict | None:
    try:
        body = json.loads(fetched_body)
    except ValueError:
        return None
    ok = isinstance(body, dict) and body.get("success") and isinstance(body.get("result"), dict)
    return body["result"] if ok else None


async def lookup(downloader: Downloader, base_url: str, url: str) -> PortalRecord:
    """One file's record, asked through the site audit's downloader (SSRF guard, per-origin politeness,
    retries, WARC record). Never raises: a failure is a record with ``listed`` None and the error."""
    fetched = await downloader.get(search_url(base_url, url))
    if fetched.error:
        return PortalRecord(url=url, listed=None,
                            error=f"portal lookup failed: {fetched.error.kind}: {fetched.error.message}"[:300])
    if fetched.status != 200:
        return PortalRecord(url=url, listed=None, error=f"portal lookup failed: HTTP {fetched.status}")
    result = _answer(fetched.body)
    if result is None:
        return PortalRecord(url=url, listed=None, error="portal answered without success")
    if int(result.get("count") or 0) == 0:
        return PortalRecord(url=url, listed=False)
    first = (result.get("results") or [{}])[0]
    name = first.get("name") if isinstance(first, dict) else None
    return PortalRecord(
        url=url, listed=True, dataset_url=f"{base_url.rstrip('/')}/dataset/{name}" if name else None
    )


async def portal_records(
    downloader: Downloader | httpx.AsyncClient, base_url: str, documents: list[Document]
) -> list[PortalRecord]:
    """Records for the site's data files, one request at a time, at most MAX_LOOKUPS. ``downloader`` is
    the site audit's :class:`Downloader`, so every look-up is in its WARC file and waits for the portal
    origin's politeness slot; a bare httpx client gets a private limiter and default budgets (no WARC),
    as :class:`~crawler.fetch.SiteCrawler` does. An empty ``base_url`` gives no records."""
    if not base_url:
        return []
    if isinstance(downloader, httpx.AsyncClient):
        downloader = Downloader(downloader, LocalOriginLimiter(), Budget())
    return [await lookup(downloader, base_url, doc.url) for doc in documents[:MAX_LOOKUPS]]
