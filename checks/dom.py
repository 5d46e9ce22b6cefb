"""Small DOM helpers shared by the checks: parse once, build CSS selectors and snippets for evidence."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString, PreformattedString

_WS = re.compile(r"\s+")
# elements that end a line of text before them: a break and the block elements
LINE_ENDS = ("br", "hr", "p", "div", "nav", "ul", "ol", "li", "dl", "table", "section", "header", "footer", "article",
             "aside", "form", "details", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")


def parse(html: str) -> BeautifulSoup:
    """Parse HTML with lxml (tolerant of malformed markup)."""
    return BeautifulSoup(html, "lxml")


def text_of(tag: Tag) -> str:
    """Visible text of an element, whitespace collapsed."""
    return _WS.sub(" ", tag.get_text(" ", strip=True)).strip()


def css_selector(tag: Tag, positions: dict[int, dict[int, tuple[int, int]]] | None = None) -> str:
    """A CSS selector that finds ``tag``: ``#id`` when it has a (simple) id, else a
    ``parent > name:nth-of-type(n)`` path from the nearest ancestor with an id, or from ``html``.
    ``n`` counts element siblings of the same name by identity (identical siblings get their own index).
    ``positions`` is an optional cache for many calls on one document (caller-owned, keyed by ``id()``
    of parents alive in that document): each parent's children are indexed once, so selectors for all
    links of a page cost O(elements), not O(siblings²)."""
    positions = {} if positions is None else positions
    parts: list[str] = []
    node: Tag | None = tag
    while node is not None and isinstance(node, Tag) and node.name not in ("[document]",):
        node_id = node.get("id")
        if isinstance(node_id, str) and re.fullmatch(r"[A-Za-z][\w-]*", node_id):
            parts.append(f"#{node_id}")
            break
        parent = node.parent
        if parent is None or not isinstance(parent, Tag) or parent.name == "[document]":
            parts.append(node.name)
            break
        index = positions.get(id(parent))
        if index is None:
            index = positions[id(parent)] = _nth_of_type(parent)
        nth, count = index[id(node)]
        parts.append(node.name if count == 1 else f"{node.name}:nth-of-type({nth})")
        node = parent
    return " > ".join(reversed(parts))


def _nth_of_type(parent: Tag) -> dict[int, tuple[int, int]]:
    """``{id(child): (1-based position among same-name element siblings, how many of that name)}``."""
    seen: dict[str, int] = {}
    nth: dict[int, tuple[str, int]] = {}
    for child in parent.children:
        if isinstance(child, Tag):
            seen[child.name] = seen.get(child.name, 0) + 1
            nth[id(child)] = (child.name, seen[child.name])
    return {key: (n, seen[name]) for key, (name, n) in nth.items()}


def snippet(tag: Tag, limit: int = 300) -> str:
    """The element's outer HTML, whitespace collapsed and cut at ``limit`` characters."""
    return _WS.sub(" ", str(tag))[:limit]


HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "legend", "summary")


def heading_before(tag: Tag, names: tuple[str, ...] = HEADING_TAGS) -> str:
    """Text of the nearest element named in ``names`` before ``tag`` in document order ("" if none): the
    heading a block or form sits under — not the title of a link tile before it ("<a class=flīze><h3>Atsauksmes</h3>
    …</a>" over a song-archive search form, set 171), which names where the tile goes."""
    own = {id(a) for a in tag.find_parents("a")}

    def heading(t: Tag) -> bool:
        return t.name in names and all(id(a) in own for a in t.find_parents("a"))

    head = tag.find_previous(heading)
    return text_of(head) if head is not None else ""


def lead_in(tag: Tag, limit: int = 300) -> str:
    """Text of the paragraph just before ``tag`` under the same heading ("" if a heading comes between or
    there is none), at most ``limit`` characters: the line that introduces a form ("Vai jums ir jautājums,
    ierosinājums vai iebildumi? Rakstiet mums")."""
    para = tag.find_previous("p")
    if para is None or para in tag.parents:
        return ""
    head = tag.find_previous(list(HEADING_TAGS))
    if head is not None and para.find_previous(list(HEADING_TAGS)) is not head:
        return ""
    return text_of(para)[:limit]


def text_boxes(tag: Tag, types: tuple[str, ...] = ("text",)) -> list[Tag]:
    """The ``<input>`` elements in ``tag`` of one of ``types``, an input without a type being a text box (HTML Living
    Standard, the input element's default state: ``<input name="adrese">`` in a ``role=search`` form, set 147)."""
    return [i for i in tag.find_all("input") if str(i.get("type") or "text").lower() in types]


def text_by_lines(tag: Tag) -> str:
    """Visible text of an element as :func:`text_of` gives it, with each ``<br>`` kept as " | ": where a line of a
    block ends ("Консультации: WhatsApp … <br>Касса, бронирование билетов: +371 26812345", set 137)."""
    lines: list[list[str]] = [[]]
    for node in tag.descendants:
        if isinstance(node, Tag) and node.name == "br":
            lines.append([])
        elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            lines[-1].append(node.strip())
    return " | ".join(t for words in lines if (t := _WS.sub(" ", " ".join(w for w in words if w))))


def line_of(tag: Tag) -> str:
    """Text of the line that ends with ``tag``: its block's text from the last ``<br>`` or block element (``LINE_ENDS``:
    a header's menu before its hotline link, set 163) before it up to and with it ("Jūsu atsauksmes … par šo mājas
    lapu sūtiet lapas administratoram: <a>web@…</a>" in a footer cell of several lines), without the other links on
    it: they are entries of their own ("<a>Apmeklētāju atsauksmes</a> · <a>Rekvizīti</a>", set 117)."""
    parts = [text_of(tag)]
    for sibling in tag.previous_siblings:
        if isinstance(sibling, Tag) and sibling.name in LINE_ENDS:
            break
        if not (isinstance(sibling, Tag) and sibling.name == "a"):
            parts.append(text_of(sibling) if isinstance(sibling, Tag) else str(sibling).strip())
    return " ".join(p for p in reversed(parts) if p)


def in_other_part(earlier: Tag, later: Tag) -> bool:
    """True when ``earlier`` sits in a block of its own that does not hold ``later`` and has two headings or
    more (a grid column "Pašvaldība … / Klientu apkalpošanas centrs …" beside a column with a table of phones):
    what it says belongs to that block's parts, not to ``later``."""
    holders = {id(p) for p in later.parents}
    block = earlier
    while block.parent is not None and id(block.parent) not in holders:
        block = block.parent
    return block is not earlier and len(block.find_all(list(HEADING_TAGS))) >= 2


def is_address_link(href: str) -> bool:
    """True for a ``mailto:`` or ``tel:`` link: it opens an e-mail or a call, not a page (a "Tērzē ar mums"
    button to ``mailto:`` is no chat, "forums@…" no forum)."""
    return href.strip().lower().startswith(("mailto:", "tel:"))


CHROME = ("header", "footer", "nav")
CHROME_ROLES = ("navigation", "banner", "contentinfo")


def in_chrome(tag: Tag) -> bool:
    """True when the element sits in the page's header, footer or navigation (repeated on every page)."""
    for parent in tag.parents:
        if parent.name in CHROME or parent.get("role") in CHROME_ROLES:
            return True
    return False


def name_pattern(words: Sequence[str]) -> re.Pattern:
    """A pattern matching an id or class that holds one of ``words`` as a whole word between hyphens or
    underscores ("footer" in "site-footer", not "tag" in "stage")."""
    return re.compile(rf"(?:^|[-_])(?:{'|'.join(map(re.escape, words))})(?:$|[-_])", re.I)


def has_name(tag: Tag, pattern: re.Pattern) -> bool:
    """True when ``tag``'s id or one of its classes matches ``pattern`` (:func:`name_pattern`)."""
    return any(pattern.search(n) for n in [str(tag.get("id") or ""), *tag.get("class", [])])


_FOOTER_NAME = name_pattern(["footer", "kajene"])
_BREADCRUMB_NAME = name_pattern(["breadcrumb", "breadcrumbs", "crumbs"])


def in_footer(tag: Tag) -> bool:
    """True when ``tag`` sits in the page's footer: ``<footer>``, role=contentinfo, or an element (not the body)
    whose id or class names a footer ("footer", "site-footer", "kajene": a table layout's
    ``<td class="footer">`` row, set 139)."""
    for parent in tag.parents:
        if parent.name == "footer" or parent.get("role") == "contentinfo":
            return True
        if parent.name not in ("body", "html", "[document]") and has_name(parent, _FOOTER_NAME):
            return True
    return False


def in_breadcrumb(tag: Tag) -> bool:
    """True when ``tag`` is or sits in a breadcrumb trail: an element (not the body) whose id, class or aria-label
    names one (WAI-ARIA Authoring Practices, breadcrumb pattern; Drupal's ``<div class="breadcrumb">Sākums »
    Atsauksmes</div>``, set 148)."""
    for t in (tag, *tag.parents):
        if t.name in ("body", "html", "[document]"):
            return False
        if has_name(t, _BREADCRUMB_NAME) or "breadcrumb" in str(t.get("aria-label") or "").lower():
            return True
    return False


def text_without(block: Tag, keep: Tag, drop: Callable[[Tag], bool]) -> str:
    """Text of ``block``'s children without the element children ``drop`` selects (never ``keep``): a block's text
    without its other entries, as the passage of one link or one contact in it."""
    parts = [text_of(c) if isinstance(c, Tag) else str(c).strip() for c in block.children
             if c is keep or not (isinstance(c, Tag) and drop(c))]
    return " ".join(p for p in parts if p)


def row_of(cell: Tag) -> Tag | None:
    """The ``<tr>`` of a table cell (``td``/``th``), else None (not a cell, or a cell outside a row)."""
    row = cell.parent if cell.name in ("td", "th") else None
    return row if row is not None and row.name == "tr" else None


def cells_before(cell: Tag) -> list[Tag]:
    """The cells before table cell ``cell`` in its row, in document order ([] outside a table row): the row's
    label cells ("Konsultācijas par renovāciju | <contact>")."""
    return list(reversed(cell.find_previous_siblings(["td", "th"]))) if row_of(cell) is not None else []


def is_bold_heading(tag: Tag) -> bool:
    """True for a ``<b>`` or ``<strong>`` that is the whole text of its parent: the heading of a block in
    layouts without heading elements (``<td><b>Darbības jomas</b></td>``)."""
    if tag.name not in ("b", "strong") or tag.parent is None:
        return False
    own = text_of(tag)
    return 0 < len(own) <= 80 and own == text_of(tag.parent)


def title_before(tag: Tag) -> str:
    """Text of the nearest heading (``HEADING_TAGS``) or bold block heading (:func:`is_bold_heading`)
    before ``tag`` in document order ("" if none)."""
    head = tag.find_previous(lambda t: t.name in HEADING_TAGS or is_bold_heading(t))
    return text_of(head) if head is not None else ""


def menu_options(soup: BeautifulSoup) -> list[Tag]:
    """``<option>`` elements of a ``<select>`` whose value is a URL or an absolute path: the language and
    site menus that navigate on change (their targets are links too)."""
    return [o for o in soup.select("select option[value]") if str(o["value"]).strip().startswith(("/", "http"))]


def same_site(host: str, own: str) -> bool:
    """True when ``host`` is the site's host ``own``, its www-less twin or a subdomain of it
    (``en.iestade.gov.lv``, ``meklesana.iestade.gov.lv`` for ``www.iestade.gov.lv``)."""
    base = own.removeprefix("www.")
    return host in (own, base) or host.endswith("." + base)
