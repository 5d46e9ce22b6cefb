"""Gatherer for E18_01: asks the national open-data portal, a CKAN instance (data.gov.lv runs CKAN),
whether it lists each data file a site publishes.

CKAN Action API (docs.ckan.org, "API guide", ``package_search``): ``GET {base}/api/3/action/package_search
?q=res_url:"<url>"&rows=1`` returns ``{"success": true, "result": {"count": n, "results": [{"name"…}]}}``;
``res_url`` is the Solr field CKAN indexes for resource URLs. The http and https forms of a URL are asked
together. The base URL is the setting ``EINDEX_CKAN_URL``; empty disables the look-up (E18_01 then asks
for review).
"""

from __future__ import annotations

import httpx

from checks.artifacts import Document, PortalRecord
from crawler.guard import RefusedAddress

MAX_LOOKUPS = 25  # data files asked about per site; the rest stay unknown (E18_01 asks for review)


def _query(url: str) -> str:
    bare = url.split("://", 1)[-1].replace('"', '\\"')
    return f'res_url:"http://{bare}" OR res_url:"https://{bare}"'


async def lookup(client: httpx.AsyncClient, base_url: str, url: str) -> PortalRecord:
    """One file's record. Never raises: a failure is a record with ``listed`` None and the error."""
    endpoint = base_url.rstrip("/") + "/api/3/action/package_search"
    try:
        resp = await client.get(endpoint, params={"q": _query(url), "rows": 1})
        resp.raise_for_status()
        body = resp.json()
    except (httpx.HTTPError, RefusedAddress, OSError, ValueError) as exc:
        return PortalRecord(url=url, listed=None, error=f"portal lookup failed: {exc!r}"[:300])
    if not isinstance(body, dict) or not body.get("success") or not isinstance(body.get("result"), dict):
        return PortalRecord(url=url, listed=None, error="portal answered without success")
    result = body["result"]
    if int(result.get("count") or 0) == 0:
        return PortalRecord(url=url, listed=False)
    first = (result.get("results") or [{}])[0]
    name = first.get("name") if isinstance(first, dict) else None
    return PortalRecord(
        url=url, listed=True, dataset_url=f"{base_url.rstrip('/')}/dataset/{name}" if name else None
    )


async def portal_records(
    client: httpx.AsyncClient, base_url: str, documents: list[Document]
) -> list[PortalRecord]:
    """Records for the site's data files, one request at a time (polite to the portal), at most
    MAX_LOOKUPS. An empty ``base_url`` gives no records."""
    if not base_url:
        return []
    return [await lookup(client, base_url, doc.url) for doc in documents[:MAX_LOOKUPS]]
