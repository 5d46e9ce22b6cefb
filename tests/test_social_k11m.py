"""K11M_A end to end: a small Latvian institution site and its declared social accounts, all served on
127.0.0.1 under their real host names (the crawler's resolve mapping), audited by the real run
(crawl → render → feed reading → checks). Feed dates are relative to the time of the test, so the
expected answers follow from the option boundary alone: K11M_A "Vai … ieraksts ir senāks par 2
nedēļām" — option 1 "Jā" when the latest post is older than 14 days, option 2 "Nē" otherwise
(questionnaire.yaml K11M_A; CheckOptions.social_max_age_days = 14). Feeds that fail (HTTP 404,
malformed XML) must give ``needs_review`` with the failure in the reason."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from crawler.run import run_sites
from tests.hostile.routes import RoutesServer

SITE = "http://www.iestade.lv/"
MASTODON = "http://mastodon.social/@iestade"
YT_OLD = "http://www.youtube.com/channel/UCvecaisKanals000000000"
YT_MISSING = "http://www.youtube.com/channel/UCsalauztsKanals0000000"
YT_MALFORMED = "http://www.youtube.com/channel/UCbojatsKanals000000000"
DECLARED = [MASTODON, YT_OLD, YT_MISSING, YT_MALFORMED]
MASTODON_API = "http://mastodon.social/api/v1/accounts/7/statuses?limit=5"
YT_OLD_FEED = "http://www.youtube.com/feeds/videos.xml?channel_id=UCvecaisKanals000000000"

HOME = """<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>Valsts iestāde</title></head>
<body><header><a href="/">Sākums</a> <a href="/kontakti/">Kontakti</a></header>
<main><h1>Valsts iestāde</h1><p>Iestāde nodrošina pakalpojumus iedzīvotājiem un uzņēmējiem.</p></main>
<footer><p>Seko mums:</p><ul>
<li><a href="http://mastodon.social/@iestade">Mastodon</a></li>
<li><a href="http://www.youtube.com/channel/UCvecaisKanals000000000">YouTube</a></li></ul></footer></body></html>"""
CONTACTS = """<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>Kontakti</title></head>
<body><h1>Kontakti</h1><p>Tālrunis 67000000, e-pasts pasts@iestade.lv</p></body></html>"""


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _rfc822(when: datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S GMT")


def _routes(now: datetime) -> dict:
    """Mastodon: latest 14 days − 1 hour ago (not older: "2"); the old YouTube channel: latest 14 days
    + 1 hour ago ("1"); the third channel's feed is 404; the fourth one's feed is cut off mid-entry
    (not well-formed XML, no date in what arrived)."""
    statuses = [{"created_at": _iso(now - timedelta(days=14) + timedelta(hours=1))},
                {"created_at": _iso(now - timedelta(days=60))}]
    yt_feed = f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Iestāde</title>
<entry><title>Vecāks video</title><published>{(now - timedelta(days=30)).isoformat()}</published></entry>
<entry><title>Jaunākais video</title><published>{(now - timedelta(days=14, hours=1)).isoformat()}</published>
</entry></feed>"""
    ok = lambda ctype, body: (200, ctype, body, {})  # noqa: E731
    return {
        ("www.iestade.lv", "/"): ok("text/html; charset=utf-8", HOME),
        ("www.iestade.lv", "/kontakti/"): ok("text/html; charset=utf-8", CONTACTS),
        ("mastodon.social", "/@iestade"): ok("text/html", "<html><body>profils</body></html>"),
        ("mastodon.social", "/api/v1/accounts/lookup?acct=iestade"): ok("application/json", '{"id": "7"}'),
        ("mastodon.social", "/api/v1/accounts/7/statuses?limit=5"): ok("application/json", json.dumps(statuses)),
        ("www.youtube.com", "/channel/UCvecaisKanals000000000"): ok("text/html", "<html>kanāls</html>"),
        ("www.youtube.com", "/feeds/videos.xml?channel_id=UCvecaisKanals000000000"): ok(
            "application/atom+xml", yt_feed),
        ("www.youtube.com", "/channel/UCsalauztsKanals0000000"): ok("text/html", "<html>kanāls</html>"),
        ("www.youtube.com", "/channel/UCbojatsKanals000000000"): ok("text/html", "<html>kanāls</html>"),
        ("www.youtube.com", "/feeds/videos.xml?channel_id=UCbojatsKanals000000000"): ok(
            "application/atom+xml", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Vi'),
    }


@pytest.fixture(scope="module")
def audit(tmp_path_factory):
    from store.settings import Settings

    with RoutesServer(_routes(datetime.now(UTC))) as server:
        settings = Settings(data_dir=tmp_path_factory.mktemp("k11m"), allow_private=["127.0.0.1"],
                            resolve=server.resolve(), politeness_delay=0.0, retry_backoff=0.1, max_retries=0,
                            max_rendered=1, page_timeout=15.0, network_idle_cap=1.0, ckan_url="")
        _, (result,) = asyncio.run(run_sites([(SITE, [], DECLARED)], settings, ["wcag2a"]))
        yield result, server


def _chosen(result, question: str, account: str):
    rows = [d for d in result.detections if d.question_id == question and d.subject == account]
    assert len(rows) == 2, rows
    return rows


def test_the_site_audit_itself_succeeds(audit):
    result, _ = audit
    assert result.status == "ok" and result.to_dict()["pages_rendered"] == 1
    assert [f.account_url for f in result.artifacts.feeds] == DECLARED


@pytest.mark.parametrize(("account", "option", "source"), [(MASTODON, "2", MASTODON_API), (YT_OLD, "1", YT_OLD_FEED)])
def test_k11m_a_follows_the_two_week_boundary(audit, account, option, source):
    result, _ = audit
    rows = {d.option: d for d in _chosen(result, "K11M_A", account)}
    other = "1" if option == "2" else "2"
    assert rows[option].value is True and rows[option].status == "detected"
    assert rows[other].value is False and rows[other].status == "not_detected"
    assert [e.url for e in rows[option].evidence] == [source]


@pytest.mark.parametrize(("account", "why"), [(YT_MISSING, "HTTP 404"), (YT_MALFORMED, "not well-formed XML")])
def test_a_failing_feed_needs_review_with_its_reason(audit, account, why):
    result, _ = audit
    rows = _chosen(result, "K11M_A", account)
    assert {d.status for d in rows} == {"needs_review"} and {d.value for d in rows} == {None, True}
    assert all(why in d.reason for d in rows), rows[0].reason


def test_k11m_c_per_declared_account(audit):
    """The footer links Mastodon and the old channel; the other two channels are declared only."""
    result, _ = audit
    linked = {acc: next(d.value for d in _chosen(result, "K11M_C", acc) if d.option == "1") for acc in DECLARED}
    assert linked == {MASTODON: True, YT_OLD: True, YT_MISSING: False, YT_MALFORMED: False}


def test_each_feed_and_robots_txt_is_fetched_once(audit):
    _, server = audit
    assert server.hits[("www.youtube.com", "/feeds/videos.xml?channel_id=UCsalauztsKanals0000000")] == 1
    assert server.hits[("mastodon.social", "/api/v1/accounts/7/statuses?limit=5")] == 1
    assert server.hits[("www.youtube.com", "/robots.txt")] == 1  # one robots.txt per origin
