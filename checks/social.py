"""Social accounts: K11M_A (latest post older than 2 weeks), K11M_B (reply within an hour), K11M_C (the
site links the account) per declared account (SOCIAL_NETWORKS_URL_*; seed questionnaire L8342–8379:
"KATRAM ATBILŽU VARIANTAM … SAVU IZVĒRTĒJUMA JAUTĀJUMU"). Vocabulary: ``checks/vocab/social.yaml``.

Accounts compare by (network, handle): host variants (www., m., fb.com; twitter.com = x.com) and
letter case do not matter. K11M_A uses the crawler's feed reading (``SiteArtifacts.feeds``); K11M_B
always needs a person (someone must ask the account a question and time the answer).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlsplit

from checks import vocab
from checks.artifacts import Feed
from checks.detection import Detection, Evidence, single_choice
from checks.dom import text_of
from checks.options import CheckOptions
from checks.siteview import SiteView
from checks.verdict import unreadable

K11M_OPTIONS = ["1", "2"]


def account_key(url: str) -> tuple[str, str] | None:
    """(network, handle) of a social-account URL, or None for other links, share buttons and posts.

    ``https://m.facebook.com/VARAM.lv/`` → ("facebook", "varam.lv"); ``https://x.com/Foo`` → ("x", "foo");
    ``https://www.youtube.com/@foo`` → ("youtube", "@foo"); ``…/channel/UC1`` → ("youtube", "channel/uc1").
    """
    words = vocab.load("social")
    parts = urlsplit(url.strip() if "://" in url else "https://" + url.strip())
    host = (parts.hostname or "").lower()
    network = next(
        (
            n
            for n, hosts in words["networks"].items()
            if any(host == h or host.endswith("." + h) for h in hosts)
        ),
        None,
    )
    segments = [s for s in parts.path.split("/") if s]
    if network is None:
        if segments and segments[0].startswith("@") and len(segments) == 1:
            return ("mastodon", f"{segments[0].lower()}@{host}")
        return None
    if network == "facebook" and segments[:1] == ["profile.php"]:
        ident = parse_qs(parts.query).get("id", [""])[0]
        return ("facebook", f"id:{ident}") if ident else None
    if not segments or segments[0].lower() in words["not_accounts"]:
        return None
    if segments[0].lower() in words["two_segment"] and len(segments) > 1:
        return (network, f"{segments[0]}/{segments[1]}".lower())
    if network == "mastodon":
        return (network, f"{segments[0].lower()}@{host}")
    return (network, segments[0].lower())


def linked_accounts(site: SiteView) -> dict[tuple[str, str], Evidence]:
    """Accounts the site links (any page, header and footer included), first evidence per account."""
    found: dict[tuple[str, str], Evidence] = {}
    for view in site.pages:
        for a, href, _ in view.anchors:
            key = account_key(href) if href.startswith("http") else None
            if key and key not in found:
                found[key] = Evidence(
                    url=view.url,
                    selector=None,
                    snippet=f"{text_of(a) or a.get('aria-label') or ''} → {href}"[:300],
                    screenshot=view.page.screenshot,
                )
    return found


def _k11m_c(account: str, linked: dict[tuple[str, str], Evidence], pages: int) -> list[Detection]:
    key = account_key(account)
    if key is None:
        return single_choice(
            "K11M_C",
            K11M_OPTIONS,
            "1",
            "needs_review",
            0.3,
            subject=account,
            reason="the declared account is not a recognised social-network profile URL",
        )
    if key in linked:
        return single_choice(
            "K11M_C",
            K11M_OPTIONS,
            "1",
            "detected",
            0.95,
            subject=account,
            reason=f"the site links {key[0]} account {key[1]}",
            evidence=[linked[key]],
        )
    return single_choice(
        "K11M_C",
        K11M_OPTIONS,
        "2",
        "detected",
        0.85 if pages > 3 else 0.7,
        subject=account,
        reason=f"no link to {key[0]} account {key[1]} on {pages} pages",
    )


def _k11m_a(account: str, feeds: list[Feed], opts: CheckOptions) -> list[Detection]:
    key = account_key(account)
    feed = next(
        (f for f in feeds if f.account_url == account or (key and account_key(f.account_url) == key)), None
    )
    if feed is None or not feed.reachable or not feed.latest:
        why = "no feed was read" if feed is None else (feed.error or "the feed shows no dated post")
        return single_choice(
            "K11M_A",
            K11M_OPTIONS,
            "1",
            "needs_review",
            0.3,
            subject=account,
            reason=f"latest post unknown: {why}",
        )
    latest = datetime.fromisoformat(feed.latest.replace("Z", "+00:00"))
    older = opts.now - latest > timedelta(days=opts.social_max_age_days)
    proof = [Evidence(url=feed.feed_url or feed.final_url or account, snippet=f"latest post {feed.latest}")]
    return single_choice(
        "K11M_A",
        K11M_OPTIONS,
        "1" if older else "2",
        "detected",
        0.9,
        subject=account,
        reason=f"latest post {feed.latest}, {'older' if older else 'not older'} than "
        f"{opts.social_max_age_days} days",
        evidence=proof,
    )


def _k11m_b(account: str) -> list[Detection]:
    return [
        Detection(
            "K11M_B",
            o,
            None,
            "needs_review",
            0.0,
            subject=account,
            reason="a person must send a question and time the reply (seed L8354–8368)",
        )
        for o in K11M_OPTIONS
    ]


def k11m(site: SiteView, opts: CheckOptions) -> list[Detection]:
    """K11M_A/B/C rows per declared account; without declared accounts, K11M_C "1" as ``needs_review`` for
    every account the site links (subject = the linked URL): a reviewer decides whether it is the
    institution's own account, and an undecided row never decides an answer (DESIGN.md)."""
    linked = linked_accounts(site)
    if not opts.declared_social:
        return [
            row
            for key, proof in linked.items()
            for row in single_choice(
                "K11M_C",
                K11M_OPTIONS,
                "1",
                "needs_review",
                0.5,
                subject=proof.snippet.split(" → ")[-1],
                reason=f"the site links {key[0]} account {key[1]}, which the institution did not declare",
                evidence=[proof],
            )
        ]
    rows = []
    for account in opts.declared_social:
        rows += _k11m_a(account, site.site.feeds, opts) + _k11m_b(account)
        rows += (
            _k11m_c(account, linked, len(site.pages))
            if site.home is not None
            else unreadable("K11M_C", K11M_OPTIONS, subject=account)
        )
    return rows
