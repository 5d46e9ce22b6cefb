"""URL normal form shared by the crawler (de-duplication) and the checks (finding a linked page among the
crawled ones), so a link with ``utm_*`` parameters or an explicit default port meets its crawled page."""

from __future__ import annotations

from courlan import normalize_url
from w3lib.url import canonicalize_url


def normalize(url: str) -> str:
    """Canonical form for de-duplication: tracking parameters (``utm_*``, ``fbclid``, ``gclid`` …) and
    the default port dropped, host lower-cased (courlan's ``normalize_url``, non-strict, so content
    parameters such as ``?id=5`` stay); then fragment dropped, dot segments resolved, query sorted and
    percent-encoding made uniform (w3lib's ``canonicalize_url``). A URL courlan cannot parse is only
    canonicalised."""
    try:
        url = normalize_url(url)
    except (ValueError, AttributeError):
        pass
    return canonicalize_url(url, keep_fragments=False)
