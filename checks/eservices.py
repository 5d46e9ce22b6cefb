"""M13 (seed questionnaire, expert item L8261–8279): does the site say that public services can be
received electronically — "1" on the homepage, "2" in the services section or another section, "3" not
found. Vocabulary: ``checks/vocab/eservices.yaml``.

Evidence is a link labelled as e-services or pointing into an e-service portal (Latvija.lv service
catalogue, EDS, e.csdd.lv …), or a short passage where a service or application word and an electronic
word ("elektroniski", "tiešsaistē", "Latvija.lv", "bez klātienes" …; "internetā" only close after the service
word) meet in one sentence (a list item read after its heading), unless the passage is about
proposals on a draft or joining a council (``not_contexts``: taking part is not a public service).
Option 1 reads the whole homepage; option 2 reads the content (not header, footer or navigation, which
repeat the homepage's links) of the other pages in the homepage's language: the homepage's other language
versions and the pages under them are translations, which the blind experts did not count (sets 10–32).
Neither reads the news: news pages, and headlines or teasers linking into the news section, tell of
e-government in general or of another institution's e-services (sets 60–68); option 2 skips a public
consultation's page too (``consultation_pages``: its paper questionnaire is no service, set 90).
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from bs4 import Tag

from checks import vocab
from checks.detection import Detection, Evidence
from checks.dom import HEADING_TAGS, heading_before, in_chrome, text_of
from checks.language import page_language, versions
from checks.participation import CONTENT_BLOCKS
from checks.siteview import PageView, SiteView
from checks.text import find_term, fold, leading_term, near, sentences
from checks.verdict import detected, evidence, not_detected, unreadable

M13_OPTIONS = ["1", "2", "3"]
LABEL_MAX = 80
SHORT_LABEL = 40
NEAR = 110
BLOCK_MAX = 400        # characters of a container block read; a paragraph or list item is read whole (its sentences)
PROSE = ("p", "li")


def _signals(site: SiteView, view: PageView, content_only: bool) -> list[Evidence]:
    """E-service links and statements on ``view`` (only outside its header, footer and menus with
    ``content_only``): a link named for e-services or into an e-service portal, unless the crawled page it opens
    is still being built (``stub_pages``: "E-pakalpojumi — Sadaļa tiek veidota", set 108), or a block saying a
    service is received online (:func:`_says_online`; not one promising it, "Sadaļa tiek veidota. Drīzumā šeit būs
    informācija par pakalpojumiem tiešsaistē", set 132; not a block of several headed parts, whose text runs one
    column's "Pakalpojumi" into the next one's "Noderīgas saites: Latvija.gov.lv", set 188) outside a form (a
    survey's "Cik droši jūtaties, lietojot e-pakalpojumus (Latvija.gov.lv …)?" asks, set 121), nor a block on a page
    whose main content says it is being built (its next paragraph's "Drīzumā … varēsiet", set 214), nor a block
    linking a news item (:func:`_news_item`; on the homepage, the news section too: its news list and its footer's
    list of sections)."""
    words = vocab.load("eservices")
    out = []
    for a, href, label in view.anchors:
        if (content_only and in_chrome(a)) or _news_path(view.resolve(href)):   # a news headline is news
            continue
        if _opens_stub(site, view, a, words["stub_pages"]):
            continue
        named = (
            leading_term(label, words["labels"])
            if len(label) > SHORT_LABEL
            else find_term(label, words["labels"], folded=True)
        )
        if ((0 < len(label) <= LABEL_MAX and named) or any(p in href.lower() for p in words["portals"])
                or (0 < len(label) <= BLOCK_MAX and _says_online(label, words))):   # a tile "Pieraksties … tiešsaistē"
            out.append(evidence(view, a, f"{text_of(a)} → {href}"))
    if not view.is_home and find_term(view.main_text, words["stub_pages"]):
        return out      # "Sadaļa tiek veidota." over "Drīzumā šeit varēsiet pieteikt … elektroniski" (set 214)
    for tag, text in view.blocks:
        if (tag.name not in CONTENT_BLOCKS or (len(text) > BLOCK_MAX and tag.name not in PROSE)
                or len(tag.find_all(HEADING_TAGS)) >= 2     # columns of a footer, each read on its own (set 188)
                or (content_only and in_chrome(tag)) or tag.find_parent("form") is not None   # a survey's question
                or any((_news_path if view.is_home else _news_item)(view.resolve(str(a["href"])))
                       for a in tag.find_all("a", href=True))
                or find_term(text, words["stub_pages"], folded=True)   # "Sadaļa tiek veidota. Drīzumā šeit būs …"
                or _opens_stub(site, view, tag.find_parent("a", href=True), words["stub_pages"])):
            continue
        for a in tag.find_all("a", href=True):   # a tile "E-pakalpojumi — Pakalpojumi tiešsaistē." opening a stub
            if _opens_stub(site, view, a, words["stub_pages"]) or _bare_portal_link(a):
                text = text.replace(fold(text_of(a)), " ")
        if _says_online(_with_list_heading(tag, text), words):
            out.append(evidence(view, tag))
    return out


def _bare_portal_link(a: Tag) -> bool:
    """True for a link labelled only by the national portal's address (``portal_links``) that stands alone in its
    element: a footer column "Pakalpojumi" listing "Latvija.gov.lv" beside the municipality's site names the portal,
    it says no service is online (set 224); "Pieteikties var <a>Latvija.gov.lv</a>" does."""
    label = fold(text_of(a))
    return label in _portal_links() and isinstance(a.parent, Tag) and fold(text_of(a.parent)) == label


@cache
def _portal_links() -> frozenset[str]:
    return frozenset(fold(label) for label in vocab.load("eservices")["portal_links"])


def _opens_stub(site: SiteView, view: PageView, a: Tag | None, stubs: list[str]) -> bool:
    """True when link ``a`` opens a crawled page that is still being built (``stub_pages``): the link, a block in it
    or the link's text in a block (a tile "E-pakalpojumi — Pakalpojumi tiešsaistē.", set 133, in a grid of tiles, set
    146) says nothing of services."""
    target = site.by_url(view.resolve(str(a["href"]))) if a is not None else None
    return target is not None and bool(find_term(target.folded, stubs, folded=True))


def _index_file(url: str) -> str:
    """``url`` without a directory's index file ("http://x.lv/index.html" → "http://x.lv/"): the same page."""
    return re.sub(r"(?<=/)index\.(?:html?|php)$", "", url)


def _news_path(url: str) -> bool:
    """True for a URL in a news section (a path segment of ``news.url_hints`` in checks/vocab/features.yaml:
    /jaunumi/…, /aktualitates/…): news of e-services, often another institution's or the state's in general
    (blind sets 60–68: r1g, lok, lps, estrade, lkvm, dpns, rvvg), says nothing of a service of ours."""
    hints = vocab.load("features")["news"]["url_hints"]
    return any(segment in hints for segment in urlsplit(url).path.lower().split("/"))


def _news_item(url: str) -> bool:
    """True for a URL below a news section's own page (:func:`_news_path`: "/jaunumi/e-pakalpojumi-klientiem/"): a
    block linking one is that news item; one that names the section ("Kārtu izsludināšanu publicējam sadaļā
    <a href="/jaunumi/">Jaunumi</a>", set 144) is not."""
    hints = vocab.load("features")["news"]["url_hints"]
    segments = [s for s in urlsplit(url).path.lower().split("/") if s]
    return any(s in hints for s in segments[:-1])


def _says_online(text: str, words: dict) -> bool:
    """True when one sentence of a folded passage, read without the national portal's name
    (:func:`_without_portal_names`), has a service word near an electronic word (not across two cards) and is not
    about a chat (``chat_contexts``; the next sentence's "Ja rodas jautājumi …, rakstiet tērzētavā" leaves "Biļetes …
    var iegādāties elektroniski e-veikalā" a service, set 223), and the passage is not about taking part or a
    consultation (``not_contexts``)."""
    read = _without_portal_names(text, words["portal_names"])
    return not find_term(read, words["not_contexts"], folded=True) and any(
        (near(sentence, words["service_words"], words["electronic_words"], NEAR)
         or near(sentence, words["service_words"], words["close_electronic_words"], words["close_gap"]))
        and not find_term(sentence, words["chat_contexts"], folded=True)
        for sentence in sentences(read))


def _with_list_heading(tag: Tag, text: str) -> str:
    """A list item's folded ``text`` after the heading of its list ("Kur iegādāties" over "• tiešsaistē —
    Biļešu Paradīzes vietnē"): the item finishes the heading's sentence; other blocks as they are."""
    if tag.name != "li":
        return text
    return f"{fold(heading_before(tag))}: {text}"


def _without_portal_names(text: str, names: list[str]) -> str:
    """``text`` (folded) without the national portal's name ("valsts pārvaldes pakalpojumu portāls
    Latvija.gov.lv" in a footer's useful links names a portal, it says no service is online)."""
    for name in names:
        text = re.sub(rf"\b{re.escape(fold(name))}\w*", " ", text)
    return text


def m13(site: SiteView) -> list[Detection]:
    """Rows "1", "2", "3" of M13 for one site (the questionnaire's filter is scoring's business)."""
    if site.home is None:
        return unreadable("M13", M13_OPTIONS)
    home = _signals(site, site.home, content_only=False)
    starts = {v.view.url for v in versions(site) if v.view is not None}   # the homepage in another language
    own = page_language(site.home)[0]
    words = vocab.load("eservices")
    other: list[Evidence] = []
    for view in site.pages[1:]:
        if (view.url in starts or (own and page_language(view)[0] not in (own, None))   # English services page
                or _news_path(view.url) or _index_file(view.url) == site.home.url   # "/index.html" is home
                or find_term(view.heading, words["consultation_pages"])):   # a draft's discussion, no service
            continue
        other += _signals(site, view, content_only=True)
        if len(other) >= 3:
            break
    rows = [
        detected("M13", "1", 0.8, "the homepage says services can be received electronically", home[:3])
        if home
        else not_detected("M13", "1", 0.75, "no e-service link or statement on the homepage"),
        detected("M13", "2", 0.8, "a section says services can be received electronically", other[:3])
        if other
        else not_detected("M13", "2", 0.75, "no e-service statement in the site's sections"),
    ]
    neither = not (home or other)
    rows.append(
        detected("M13", "3", 0.75, "no information that services can be received electronically", [])
        if neither
        else not_detected("M13", "3", 0.8, "e-service information found")
    )
    return rows
