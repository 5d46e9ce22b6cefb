"""Which fetched pages of a site get rendered in Chromium (default at most 25).

In order, without duplicates, until the limit:
1. the homepage;
2. the pages the checklist needs: for each category of ``vocab/pages.yaml`` (contact, participation,
   services, news, search) the best-matching page linked from the homepage — else from any page —
   matched on link text first, then on URL path; and each language version (a link with ``hreflang``
   or to a sibling top-level language directory such as ``/en/``, ``/ru/``);
3. a deterministic sample of the remaining HTML pages: ordered by ``sha256(seed + " " + URL)`` and taken
   from the top. EIII sampled pages at random for its score; this sample is random-like over URLs but
   reproducible: the same crawl and seed (setting ``EINDEX_SAMPLE_SEED``) give the same pages, and a
   page keeps its rank when other pages come or go, so re-audits compare like with like.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from importlib.resources import files
from urllib.parse import urlsplit

import yaml

from checks.artifacts import Link, Page, SiteArtifacts

_LANG_DIR = re.compile(r"^/([a-z]{2})(?:[-_][a-z]{2})?(?:/|$)", re.IGNORECASE)


@cache
def vocabulary() -> dict[str, dict[str, list[str]]]:
    """The page categories: ``{category: {"text": [...], "url": [...]}}``."""
    return yaml.safe_load(files("crawler.vocab").joinpath("pages.yaml").read_text(encoding="utf-8"))


def renderable(site: SiteArtifacts) -> list[Page]:
    """HTML pages fetched without error, in crawl order."""
    return [p for p in site.pages if p.html is not None and p.error is None]


def _score(link: Link, words: dict[str, list[str]]) -> int:
    text, path = link.text.lower(), urlsplit(link.url).path.lower()
    if any(w == text for w in words["text"]):
        return 3
    if any(w in text for w in words["text"]):
        return 2
    return 1 if any(w in path for w in words["url"]) else 0


def checklist_pages(site: SiteArtifacts, pages: dict[str, Page]) -> list[str]:
    """URLs of the checklist's pages (category order, then language versions) among ``pages``."""
    home = pages.get(site.homepage_url)
    sources = ([home] if home else []) + [p for p in pages.values() if p is not home]
    chosen: list[str] = []
    for words in vocabulary().values():
        best: tuple[int, str] | None = None
        for source in sources:
            for link in source.links:
                score = _score(link, words)
                if score and link.url in pages and link.url != site.homepage_url and (
                        best is None or score > best[0]):
                    best = (score, link.url)
            if best:
                break
        if best and best[1] not in chosen:
            chosen.append(best[1])
    chosen += [u for u in language_versions(site, home) if u in pages and u not in chosen]
    return chosen


def language_versions(site: SiteArtifacts, home: Page | None) -> list[str]:
    """Links of the homepage to other language versions: ``hreflang`` links and links into another
    top-level two-letter directory (``/en/``, ``/ru/``) than the homepage's own."""
    if home is None:
        return []
    own = _LANG_DIR.match(urlsplit(home.final_url).path)
    own_lang = own.group(1).lower() if own else (home.lang or "")[:2].lower()
    found: dict[str, str] = {}
    for link in home.links:
        match = _LANG_DIR.match(urlsplit(link.url).path)
        lang = (link.hreflang or (match.group(1) if match else "")).lower()[:2]
        if lang and lang != own_lang and lang not in found:
            found[lang] = link.url
    return list(found.values())


def sample_rank(url: str, seed: str) -> str:
    """The sampling key of a URL: ``sha256(seed + " " + url)`` in hex."""
    return hashlib.sha256(f"{seed} {url}".encode()).hexdigest()


def pages_to_render(site: SiteArtifacts, limit: int, seed: str = "eindex") -> list[Page]:
    """At most ``limit`` pages: homepage, checklist pages, then the deterministic sample."""
    pages = {p.url: p for p in renderable(site)}
    order: list[str] = []
    if site.homepage_url in pages:
        order.append(site.homepage_url)
    order += [u for u in checklist_pages(site, pages) if u not in order]
    rest = sorted((u for u in pages if u not in order), key=lambda u: sample_rank(u, seed))
    return [pages[u] for u in (order + rest)[:limit]]
