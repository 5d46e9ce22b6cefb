"""Social-account feeds for K11M_A (is the account active): the latest public post date, read politely
and without login.

For each declared profile URL: robots.txt of its origin is obeyed; the profile page is fetched once
(reachability, final URL); a login wall (the final URL is a login or auth-wall page) ends there, with the
date left unknown — the check then answers ``needs_review``; nothing behind a login is ever requested.
The latest post date comes from, in order:
1. a YouTube channel URL (``/channel/UC…``): the channel's public Atom feed on the same origin
   (``https://www.youtube.com/feeds/videos.xml?channel_id=…``);
2. a feed the profile page advertises (``<link rel="alternate" type="application/rss+xml|atom+xml">``,
   RSS Advisory Board RSS 2.0 autodiscovery; YouTube channel pages and Mastodon profiles carry one);
3. a Mastodon-style ``/@user`` profile: the public REST API (``/api/v1/accounts/lookup?acct=user``, then
   ``/api/v1/accounts/:id/statuses?limit=5``, fields ``created_at``; docs.joinmastodon.org).
Dates: RSS ``pubDate`` (RFC 822/5322), Atom ``published``/``updated`` (RFC 3339), reported in UTC.
When no source gives a date, the :class:`Feed`'s ``error`` lists what each candidate answered (HTTP
status, not well-formed XML, no dated item), and K11M_A carries that as its ``needs_review`` reason.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from checks.artifacts import Feed
from checks.dom import parse
from crawler.content import decode_html
from crawler.download import Downloader
from crawler.robots import RobotsCache

_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/feed+json"}
_LOGIN = re.compile(r"/(?:login|signin|sign-in|accounts/login|authwall|checkpoint|i/flow/login)\b", re.I)
_YT_CHANNEL = re.compile(r"^/channel/(UC[\w-]{10,})")
_MASTODON_USER = re.compile(r"^/@([\w.]+)/?$")


def parse_date(text: str | None) -> datetime | None:
    """An RFC 822 or RFC 3339 date as an aware UTC datetime; None when unparseable."""
    if not text:
        return None
    text = text.strip()
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


def latest_in_feed(data: bytes) -> datetime | None:
    """The newest item date of an RSS 2.0 or Atom feed (``pubDate``, ``published``, ``updated`` of its
    items/entries; the channel's own dates when it has no items); None when it has no parseable date.
    Raises ValueError when ``data`` is not well-formed XML (XML 1.0 §2.1): a cut-off or non-XML answer
    gives no date rather than whatever a recovering parser makes of it."""
    try:
        root = etree.fromstring(data, parser=_XML)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not well-formed XML ({exc})") from exc
    tags = ("{*}pubDate", "{*}published", "{*}updated", "{*}date")
    items = list(root.iter("{*}item", "{*}entry"))
    nodes = [n for item in items for n in item.iterchildren(*tags)] if items else list(root.iter(*tags))
    dates = [d for n in nodes if (d := parse_date(n.text))]
    return max(dates) if dates else None


def advertised_feed(html: str, base_url: str) -> str | None:
    """The first feed a page advertises with ``<link rel="alternate" type="…rss+xml|atom+xml">``."""
    for tag in parse(html).find_all("link", href=True):
        rel = [r.lower() for r in (tag.get("rel") or [])]
        if "alternate" in rel and str(tag.get("type", "")).lower() in _FEED_TYPES:
            return urljoin(base_url, str(tag["href"]))
    return None


class FeedReader:
    """Reads declared social accounts through a site audit's :class:`Downloader` (politeness, SSRF
    guard, WARC). ``robots`` is the site audit's :class:`RobotsCache` (the crawl's, so no robots.txt is
    fetched twice; a new one when None); ``token`` is our robots.txt User-Agent token."""

    def __init__(self, downloader: Downloader, robots: RobotsCache | None = None, token: str = "eindex") -> None:
        self.downloader, self.token = downloader, token
        self.robots = robots or RobotsCache(downloader)

    async def _allowed(self, url: str) -> bool:
        try:
            return (await self.robots.get(url)).allowed(url, self.token)
        except ValueError:  # no usable origin
            return False

    async def read(self, account_url: str) -> Feed:
        """The :class:`Feed` of one account; never raises."""
        if urlsplit(account_url).scheme not in ("http", "https"):
            return Feed(account_url, reachable=False, error="not an http(s) URL")
        if not await self._allowed(account_url):
            return Feed(account_url, reachable=False, error="robots.txt disallows the profile page")
        page = await self.downloader.get(account_url)
        if page.error or page.status is None or page.status >= 400:
            reason = page.error.message if page.error else f"HTTP {page.status}"
            return Feed(account_url, reachable=False, final_url=page.final_url, error=reason)
        final = page.final_url
        if _LOGIN.search(urlsplit(final).path):
            return Feed(account_url, reachable=True, final_url=final,
                        error="login wall: the profile is not public without logging in")
        problems: list[str] = []
        for feed_url in self._candidates(final, page.body, page.headers.get("content-type")):
            latest = await self._feed_date(feed_url, problems)
            if latest:
                return Feed(account_url, True, final, feed_url, latest.isoformat())
        latest, api_url = await self._mastodon(final, problems)
        if latest:
            return Feed(account_url, True, final, api_url, latest.isoformat())
        detail = f" ({'; '.join(problems)})" if problems else ""
        return Feed(account_url, reachable=True, final_url=final,
                    error=f"no public feed with a dated post{detail}"[:500])

    def _candidates(self, final: str, body: bytes, content_type: str | None) -> list[str]:
        out = []
        parts = urlsplit(final)
        channel = _YT_CHANNEL.match(parts.path)
        if channel and parts.hostname in ("www.youtube.com", "youtube.com", "m.youtube.com"):
            out.append(f"{parts.scheme}://{parts.netloc}/feeds/videos.xml?channel_id={channel.group(1)}")
        advertised = advertised_feed(decode_html(body, content_type)[1], final)
        if advertised and advertised not in out:
            out.append(advertised)
        return out

    async def _fetch(self, url: str, problems: list[str]) -> bytes | None:
        """The body of a 200 answer; otherwise None, with the reason appended to ``problems``."""
        if not await self._allowed(url):
            problems.append(f"{url}: disallowed by robots.txt")
            return None
        fetched = await self.downloader.get(url)
        if fetched.error or fetched.status != 200:
            problems.append(f"{url}: {fetched.error.message if fetched.error else f'HTTP {fetched.status}'}")
            return None
        return fetched.body

    async def _feed_date(self, feed_url: str, problems: list[str]) -> datetime | None:
        body = await self._fetch(feed_url, problems)
        if body is None:
            return None
        try:
            latest = latest_in_feed(body)
        except ValueError as exc:
            problems.append(f"{feed_url}: {exc}")
            return None
        if latest is None:
            problems.append(f"{feed_url}: no dated item")
        return latest

    async def _mastodon(self, profile: str, problems: list[str]) -> tuple[datetime | None, str | None]:
        parts = urlsplit(profile)
        user = _MASTODON_USER.match(parts.path)
        if not user:
            return None, None
        base = f"{parts.scheme}://{parts.netloc}"
        account = await self._json(f"{base}/api/v1/accounts/lookup?acct={user.group(1)}", problems)
        if not isinstance(account, dict) or "id" not in account:
            return None, None
        api_url = f"{base}/api/v1/accounts/{account['id']}/statuses?limit=5"
        statuses = await self._json(api_url, problems)
        if not isinstance(statuses, list):
            return None, None
        dates = [d for s in statuses if isinstance(s, dict) and (d := parse_date(s.get("created_at")))]
        if not dates:
            problems.append(f"{api_url}: no dated status")
        return (max(dates) if dates else None), api_url

    async def _json(self, url: str, problems: list[str]):
        body = await self._fetch(url, problems)
        if body is None:
            return None
        try:
            return json.loads(body)
        except ValueError:
            problems.append(f"{url}: not JSON")
            return None
