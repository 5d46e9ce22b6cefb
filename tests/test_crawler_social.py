"""Social-account feeds (K11M_A) against local stand-ins of the networks under their real host names:
a YouTube channel feed, an advertised RSS feed, the Mastodon public API, a login wall, robots.txt."""

from __future__ import annotations

import pytest

from crawler.download import Budget, Downloader
from crawler.net import make_client
from crawler.politeness import LocalOriginLimiter
from crawler.social import FeedReader, latest_in_feed
from tests.hostile.routes import RoutesServer

CHANNEL = "UCabcdefghijklmnopqrstuv"
YT_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:yt="http://www.youtube.com/xml/schemas/2015">
 <title>Iestāde</title><published>2015-01-01T00:00:00+00:00</published>
 <entry><title>Vecs</title><published>2026-03-01T10:00:00+00:00</published></entry>
 <entry><title>Jauns</title><published>2026-10-15T08:30:00+02:00</published></entry>
</feed>"""
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Blogs</title>
<item><title>a</title><pubDate>Tue, 10 Nov 2026 09:00:00 +0200</pubDate></item>
<item><title>b</title><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>"""

ROUTES = {
    ("www.youtube.com", f"/channel/{CHANNEL}"): (200, "text/html", "<html><body>channel</body></html>", {}),
    ("www.youtube.com", f"/feeds/videos.xml?channel_id={CHANNEL}"): (200, "application/atom+xml", YT_FEED, {}),
    ("blogs.iestade.lv", "/"): (200, "text/html", '<html><head><link rel="alternate" '
                                'type="application/rss+xml" href="/feed.rss"></head></html>', {}),
    ("blogs.iestade.lv", "/feed.rss"): (200, "application/rss+xml", RSS, {}),
    ("mastodon.social", "/@iestade"): (200, "text/html", "<html><body>profile</body></html>", {}),
    ("mastodon.social", "/api/v1/accounts/lookup?acct=iestade"): (200, "application/json", '{"id": "42"}', {}),
    ("mastodon.social", "/api/v1/accounts/42/statuses?limit=5"): (
        200, "application/json", '[{"created_at": "2026-11-20T12:00:00.000Z"},'
                                 ' {"created_at": "2026-11-01T12:00:00.000Z"}]', {}),
    ("www.facebook.com", "/iestade"): (302, "text/html", "", {
        "Location": "/login/?next=https%3A%2F%2Fwww.facebook.com%2Fiestade"}),
    ("www.facebook.com", "/login/?next=https%3A%2F%2Fwww.facebook.com%2Fiestade"): (
        200, "text/html", "<html><body>Log in</body></html>", {}),
    ("www.closed.lv", "/robots.txt"): (200, "text/plain", "User-agent: *\nDisallow: /\n", {}),
    ("www.closed.lv", "/profile"): (200, "text/html", "<html></html>", {}),
}


@pytest.fixture(scope="module")
def server():
    with RoutesServer(ROUTES) as srv:
        yield srv


async def _read(server, url):
    async with make_client("eindex/0.1", server.resolve(), ["127.0.0.1"]) as client:
        reader = FeedReader(Downloader(client, LocalOriginLimiter(), Budget(delay=0.0, max_retries=0)))
        return await reader.read(url)


async def test_youtube_channel_feed(server):
    feed = await _read(server, f"http://www.youtube.com/channel/{CHANNEL}")
    assert feed.reachable and feed.latest == "2026-10-15T06:30:00+00:00"        # newest entry, in UTC
    assert feed.feed_url.endswith(f"/feeds/videos.xml?channel_id={CHANNEL}")


async def test_advertised_rss_feed(server):
    feed = await _read(server, "http://blogs.iestade.lv/")
    assert feed.latest == "2026-11-10T07:00:00+00:00" and feed.feed_url == "http://blogs.iestade.lv/feed.rss"


async def test_mastodon_public_api(server):
    feed = await _read(server, "http://mastodon.social/@iestade")
    assert feed.latest == "2026-11-20T12:00:00+00:00"


async def test_login_wall_is_not_crossed(server):
    feed = await _read(server, "http://www.facebook.com/iestade")
    assert feed.reachable and feed.latest is None and "login wall" in feed.error
    assert feed.final_url.startswith("http://www.facebook.com/login/")
    assert [k for k in server.hits if k[0] == "www.facebook.com" and "login" not in k[1]] == [
        ("www.facebook.com", "/robots.txt"), ("www.facebook.com", "/iestade")]


async def test_robots_disallowed_profile_is_not_fetched(server):
    feed = await _read(server, "http://www.closed.lv/profile")
    assert not feed.reachable and "robots.txt" in feed.error
    assert server.hits[("www.closed.lv", "/profile")] == 0


def test_feed_without_items_uses_channel_date():
    assert latest_in_feed(b"<rss><channel><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate></channel></rss>"
                          ).isoformat() == "2026-11-02T09:00:00+00:00"


def test_malformed_feed_is_refused_not_recovered():
    with pytest.raises(ValueError, match="not well-formed XML"):
        latest_in_feed(b"<rss><channel><item><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate><title>cut")
