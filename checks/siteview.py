"""One parse per page for every check: the readable pages of a site with their DOM, visible text and
blocks (the small elements whose text the checks search for co-occurring terms)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

from checks.artifacts import Page, SiteArtifacts
from checks.dom import parse, text_of
from checks.text import fold
from checks.urls import normalize

BLOCK_TAGS = (
    "li",
    "article",
    "tr",
    "p",
    "dd",
    "td",
    "address",
    "section",
    "form",
    "fieldset",
    "legend",
    "footer",
    "aside",
    "div",
    "header",
    "nav",
    "dl",
    "ul",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
)
MAX_BLOCK_CHARS = 700
_INVISIBLE = ("script", "style", "noscript", "template", "svg")
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_TITLE_PARTS = re.compile(r"\s+[-–—|:]{1,2}\s+")   # "Kontakti - Iestāde", "Sākums | Ministrija"


def _site_name(titles: list[str]) -> str:
    """The site's name: the first or last part of the titles (split at " - ", " | " …) that most of them, two at
    least, share ("" when none is shared so)."""
    counts: dict[str, int] = {}
    for title in titles:
        parts = _TITLE_PARTS.split(title.strip())
        if len(parts) > 1:
            for part in {parts[0], parts[-1]}:
                counts[part] = counts.get(part, 0) + 1
    name, count = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    return name if count >= 2 and count * 2 > len(titles) else ""


@dataclass
class PageView:
    """A readable page: ``markup`` is the rendered DOM when there is one, else the HTTP body."""

    page: Page
    markup: str
    is_home: bool = False
    site_name: str = ""     # what every page's title repeats (SiteView.of): "Ventspils … Klientu apkalpošanas centrs"
    _soup: BeautifulSoup | None = field(default=None, repr=False)
    memo: dict = field(default_factory=dict, repr=False)   # results several checks read (its language)

    @property
    def url(self) -> str:
        return self.page.url

    def resolve(self, href: str) -> str:
        """``href`` made absolute against the page and normalised like the crawler's URLs (checks.urls)."""
        try:
            return normalize(urljoin(self.page.final_url or self.url, href))
        except ValueError:   # an unparsable href ("http://[::1/x") matches no crawled page
            return href

    @cached_property
    def live_markup(self) -> str:
        """:attr:`markup` without HTML comments: a widget snippet commented out loads nothing."""
        return _COMMENT.sub("", self.markup)

    @property
    def soup(self) -> BeautifulSoup:
        """The parsed DOM (scripts kept; use :attr:`body_soup` for visible content)."""
        if self._soup is None:
            self._soup = parse(self.markup)
        return self._soup

    @cached_property
    def body_soup(self) -> BeautifulSoup:
        """A parse without scripts, styles and templates: what a visitor can read."""
        soup = parse(self.markup)
        for tag in soup.find_all(_INVISIBLE):
            tag.decompose()
        return soup

    @property
    def own_title(self) -> str:
        """The page's title without the site's name ("Kontakti - Ventspils pašvaldības Klientu apkalpošanas centrs" →
        "Kontakti"): what this page is about, not what the institution is called."""
        parts = _TITLE_PARTS.split(self.page.title.strip())
        if self.site_name and self.site_name in (parts[0], parts[-1]):
            parts.remove(self.site_name)
        return " ".join(parts)

    @cached_property
    def heading(self) -> str:
        """What the page is about: its own title (:attr:`own_title`) and main headings (the first three ``<h1>``),
        without the site's name — a "… Klientu apkalpošanas centrs" or "… konsultāciju birojs" that every page
        repeats says nothing of this page."""
        heads = [text_of(h) for h in self.body_soup.find_all("h1")[:3]]
        return " ".join([self.own_title] + [h for h in heads if h != self.site_name])

    @cached_property
    def text(self) -> str:
        """Visible text of the page, whitespace collapsed."""
        body = self.body_soup.body or self.body_soup
        return text_of(body)

    @cached_property
    def folded(self) -> str:
        """:attr:`text` folded (checks.text.fold)."""
        return fold(self.text)

    @cached_property
    def main(self) -> Tag:
        """The page's ``<main>`` element (HTML Living Standard: its dominant content), else its body."""
        return self.body_soup.find("main") or self.body_soup.body or self.body_soup

    @cached_property
    def main_text(self) -> str:
        """Visible text of :attr:`main`: without a blog's sidebar of recent posts beside it ("Ostas akvatorijā pabeigta
        padziļināšana" is another post, set 153)."""
        return text_of(self.main)

    @cached_property
    def blocks(self) -> list[tuple[Tag, str]]:
        """Small elements (≤ 700 characters of text) with their folded text, document order."""
        out = []
        for tag in self.body_soup.find_all(BLOCK_TAGS):
            text = text_of(tag)
            if 0 < len(text) <= MAX_BLOCK_CHARS:
                out.append((tag, fold(text)))
        return out

    @cached_property
    def anchors(self) -> list[tuple[Tag, str, str]]:
        """Visible ``<a href>`` elements as (element, href, folded label: text, title or aria-label)."""
        out = []
        for a in self.body_soup.find_all("a", href=True):
            label = text_of(a) or str(a.get("aria-label") or a.get("title") or "")
            if not label:
                img = a.find("img", alt=True)
                label = str(img["alt"]) if img else ""
            out.append((a, str(a["href"]).strip(), fold(label)))
        return out


@dataclass
class SiteView:
    """The readable pages of one site, homepage first, in crawl order."""

    site: SiteArtifacts
    pages: list[PageView]
    memo: dict = field(default_factory=dict, repr=False)   # results shared by several checks

    @classmethod
    def of(cls, site: SiteArtifacts) -> SiteView:
        """Views of every page with markup and no error (rendered DOM preferred)."""
        views = [
            PageView(p, p.dom or p.html or "", is_home=p.url == site.homepage_url)
            for p in site.pages
            if (p.dom or p.html) and p.error is None
        ]
        views.sort(key=lambda v: not v.is_home)
        name = _site_name([v.page.title for v in views])
        for view in views:
            view.site_name = name
        return cls(site, views)

    @property
    def home(self) -> PageView | None:
        """The homepage view, or None when it could not be read."""
        return self.pages[0] if self.pages and self.pages[0].is_home else None

    @cached_property
    def home_blocks(self) -> set[str]:
        """The folded texts of the homepage's blocks (:attr:`PageView.blocks`; empty without a homepage): a block
        another page repeats is the site's header or footer, in a layout without ``<header>`` or ``<footer>`` too."""
        return {text for _, text in self.home.blocks} if self.home is not None else set()

    def is_document(self, url: str) -> bool:
        """True when ``url`` is a linked non-HTML file (PDF, DOCX, XLSX …) the crawler recorded, not a page."""
        if "documents" not in self.memo:
            self.memo["documents"] = {d.url for view in self.pages for d in view.page.documents}
        return url in self.memo["documents"]

    def by_url(self, url: str) -> PageView | None:
        """The view of a crawled page by its URL or final URL (the first in crawl order; one index per site)."""
        if "by_url" not in self.memo:
            index: dict[str, PageView] = {}
            for view in self.pages:
                for key in (view.page.url, view.page.final_url):
                    if key:
                        index.setdefault(key, view)
            self.memo["by_url"] = index
        return self.memo["by_url"].get(url)
