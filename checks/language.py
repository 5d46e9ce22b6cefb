"""Language of a page and the language versions of a site (M08 options 5 and 6).

A page's language comes from its text when there is enough of it (lingua-language-detector, offline,
restricted to ``vocab/languages.yaml``'s ``detect`` codes), else from ``html@lang`` (HTML Living Standard
§3.2.6.2); lingua runs in its low-accuracy (trigram) mode, reliable on the dozen-plus words a page gives
and loaded in a second. Alternate versions are found from the homepage's ``hreflang`` links (RFC 8288 /
HTML ``link[rel=alternate][hreflang]``), its language-switcher links or ``<select>`` options, and ``/xx/``
path segments of the same host.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urljoin, urlsplit

from bs4 import Tag
from lingua import IsoCode639_1, LanguageDetectorBuilder

from checks import vocab
from checks.dom import menu_options, same_site
from checks.siteview import PageView, SiteView
from checks.text import exact_term, fold
from checks.urls import normalize

SAMPLE_CHARS = 4000
# a word spelt with one of Latvian's own letters: on a page in another language, a Latvian name
LATVIAN_WORD = re.compile(r"\w*[āčēģīķļņšūž]\w*", re.IGNORECASE)


@cache
def _detector():
    codes = [getattr(IsoCode639_1, c.upper()) for c in vocab.load("languages")["detect"]]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def text_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` by lingua, or None when the text is too short or ambiguous."""
    if len(text.split()) < vocab.load("languages")["min_words"]:
        return None
    found = _detector().detect_language_of(text[:SAMPLE_CHARS])
    return found.iso_code_639_1.name.lower() if found else None


def foreign_text_language(text: str) -> str | None:
    """:func:`text_language` of a text meant to be in another language than Latvian, its Latvian names left out
    (``LATVIAN_WORD``): lingua reads "We maintain 1,340 km of municipal roads and 74 km of streets in Preiļi, Aglona,
    Riebiņi and Vārkava …" as French with them, as English without (set 198)."""
    return text_language(LATVIAN_WORD.sub(" ", text))


def declared_language(view: PageView) -> str | None:
    """Primary subtag of ``html@lang`` (BCP 47), lower-case, or None."""
    lang = (view.page.lang or "").strip().lower()
    return lang.split("-")[0] if lang else None


def page_language(view: PageView) -> tuple[str | None, str]:
    """(code, how): from the main text when it is long enough, else from ``html@lang``; computed once per
    page (``view.memo``)."""
    if "language" not in view.memo:
        view.memo["language"] = _page_language(view)
    return view.memo["language"]


def _page_language(view: PageView) -> tuple[str | None, str]:
    main = view.main
    code = text_language(main.get_text(" ", strip=True))
    if code:
        return code, "text"
    declared = declared_language(view)
    return (declared, "html lang") if declared else (None, "unknown")


@dataclass
class Version:
    """A language version linked from the homepage: its code, URL, the crawled page when there is one
    and the switcher element."""

    code: str
    url: str
    element: Tag | None
    view: PageView | None


def _code_of(a: Tag, href: str, label: str, base: str, home_lang: str | None) -> str | None:
    attr = str(a.get("hreflang") or a.get("lang") or "").lower().split("-")[0]
    if attr and (a.name == "link" or len(label) <= 20):
        return attr
    target = urlsplit(urljoin(base, href))
    if not same_site(target.hostname or "", urlsplit(base).hostname or ""):
        return None     # an "EN" or /en/ link to another institution's site is not this site's version
    words = vocab.load("languages")
    for code, labels in words["switcher"].items():
        if exact_term(label, labels):
            return code
    segment = target.path.strip("/").split("/")[0].lower()
    if segment in words["path_codes"] and segment != home_lang and len(label) <= 12:
        return segment
    return None


def versions(site: SiteView) -> list[Version]:
    """Language versions other than the homepage's own, one per code, from the homepage's links."""
    home = site.home
    if home is None:
        return []
    home_lang = page_language(home)[0]
    found: dict[str, Version] = {}
    for a in home.body_soup.find_all(["a", "link"], href=True) + menu_options(home.body_soup):
        if a.name == "link" and "alternate" not in (a.get("rel") or []):
            continue
        href = str(a.get("href") or a.get("value")).strip()
        if href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        label = fold(a.get_text(" ", strip=True) or str(a.get("title") or ""))
        code = _code_of(a, href, label, home.url, home_lang)
        if code and code != home_lang and code not in found:
            url = urljoin(home.url, href)
            found[code] = Version(
                code,
                url,
                a if a.name in ("a", "option") else None,
                site.by_url(normalize(url)),
            )
    return list(found.values())
