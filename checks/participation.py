"""E-participation on the site: M06 (options 1–3) and M07 (options 1–6) of the seed questionnaire
(expert items, L8134–8202). Vocabulary: ``checks/vocab/participation.yaml``.

M06: 1 the homepage links a "Sabiedrības līdzdalība"-like section; 2 a current issue (deadline not past)
is pointed to together with its form of participation; 3 an issue's participation page says what to do
(instructions), shows the documents and where/how to submit (e-mail, form, platform).
M07: 1 a current issue / consultation notice or a link to an e-participation platform (TAP portāls …);
2 online surveys (M08 option 1's evidence plus survey services); 3 discussion forum or chat; 4 applying to
working groups and councils; 5 their meeting summaries and member lists; 6 a form for questions,
proposals and objections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from urllib.parse import urlsplit

from bs4 import Tag

from checks import features, vocab
from checks.contact import chat_widgets, email_re, in_chat_widget
from checks.dates import dates_in
from checks.detection import Detection, Evidence
from checks.dom import (
    HEADING_TAGS,
    css_selector,
    heading_before,
    in_chrome,
    in_footer,
    is_address_link,
    lead_in,
    same_site,
    text_by_lines,
    text_of,
)
from checks.options import CheckOptions
from checks.siteview import PageView, SiteView
from checks.text import find_term, fold, fold_url, leading_term, near, sentences
from checks.verdict import detected, evidence, not_detected, review, unreadable

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LISTS = ["sarakst", "list of", "список"]   # a block naming a list ("protokols ar dalībnieku sarakstu")
_UPPER, _LOWER = "A-ZĀČĒĢĪĶĻŅŠŪŽ", "a-zāčēģīķļņšūž"
# a person's name: "Anete Briede", "I. Teterovskis"
_PERSON = re.compile(rf"\b[{_UPPER}](?:[{_LOWER}]+|\.)\s*[{_UPPER}][{_LOWER}]+")
# a head count of members, in folded text: "piedalās 7 no 9 padomes locekļiem", "darbojas 9 locekļi", "piedalījās 7
# darba grupas locekļi" (set 198)
_HEAD_COUNT = re.compile(r"\b\d+\s+(?:no\s+\d+\s+)?(?:\w+\s+){0,2}(?:locek|dalibniek|deputat|member|participant|"
                         r"участник|член)")
M06_OPTIONS = ["1", "2", "3"]
M07_OPTIONS = ["1", "2", "3", "4", "5", "6"]
LABEL_MAX = 60
NEAR = 150
CONTENT_BLOCKS = ("li", "article", "tr", "p", "dd", "td", "section", "div")
HEADINGS = ("h1", "h2", "h3", "h4")
HEADINGS_BACK = 30      # headings read back from an item for the one it sits under
ITEMS = ("li", "tr", "article")


def _words() -> dict:
    return vocab.load("participation")


def _hrefs(tag: Tag) -> list[str]:
    return [str(a["href"]) for a in tag.find_all("a", href=True)]


def _host_link(href: str, hosts: list[str]) -> bool:
    return any(h in href.lower() for h in hosts)


def _innermost(found: list[tuple[PageView, Tag]]) -> list[tuple[PageView, Tag]]:
    tags = {id(t) for _, t in found}
    return [(v, t) for v, t in found if not any(id(d) in tags for d in t.find_all(CONTENT_BLOCKS))]


def consultation_blocks(site: SiteView) -> list[tuple[PageView, Tag]]:
    """Innermost content blocks announcing a consultation (``consultation.cues``; or a survey that asks opinions on a
    plan or decision being prepared, ``consultation.opinion_survey``) or linking to an
    e-participation platform (``consultation.hosts``), and the rows, list items and cards (:func:`_card`)
    with a link under a heading that names consultations ("Aktuālās sabiedriskās apspriešanas"), outside the
    page chrome; a passage saying nothing is under consultation now (``consultation.none``) is not one.
    Computed once per site (``site.memo``)."""
    if "consultation_blocks" not in site.memo:
        site.memo["consultation_blocks"] = _consultation_blocks(site)
    return site.memo["consultation_blocks"]


def _consultation_blocks(site: SiteView) -> list[tuple[PageView, Tag]]:
    words = _words()["consultation"]
    found = []
    for view in site.pages:
        for tag, text in view.blocks:
            if (tag.name not in CONTENT_BLOCKS or in_chrome(tag) or find_term(text, words["none"], folded=True)
                    or find_term(text, words["service_feedback"], folded=True)   # "viedokli par apkalpošanu"
                    or (tag.name == "tr" and not tag.find("td"))):      # a table's header row is no notice
                continue
            if (
                find_term(text, words["cues"], folded=True)
                or _asks_opinion(tag, text, words["opinion_survey"])
                or any(_host_link(h, words["hosts"]) for h in _hrefs(tag))
                or ((tag.name in ITEMS and tag.find("a", href=True) or _card(tag))
                    and find_term(_heading(tag), words["cues"]))
            ):
                found.append((view, tag))
    return _innermost(found)


DRAFT_NEAR = 40   # characters from "gatavo" or "aptauja par" to the plan
SURVEY_NEAR = 300   # characters from the survey to what it asks about (not a website survey's teaser in the sidebar)


def _opinion_survey(text: str, words: dict) -> bool:
    """True when a folded block asks a survey (``opinion_survey.survey``) for opinions on a plan or decision being
    prepared (``opinion`` and ``plans``), or on a plan it names as being drafted or as its subject (a ``drafting``
    phrase within ``DRAFT_NEAR`` characters of a ``drafted`` object: "gatavo 2027. gada raidījumu plānu – piedalieties
    aptaujā", "Aptauja par 2027. gada raidījumu plānu", set 139); the survey within ``SURVEY_NEAR`` characters of one
    of those words (a working group drafting a concept beside a sidebar's website survey asks nothing, set 156)."""
    return bool(near(text, words["survey"], words["opinion"] + words["plans"] + words["drafting"], SURVEY_NEAR) and (
        (find_term(text, words["opinion"], folded=True) and find_term(text, words["plans"], folded=True))
        or near(text, words["drafting"], words["drafted"], DRAFT_NEAR)))


def _asks_opinion(tag: Tag, text: str, words: dict) -> bool:
    """:func:`_opinion_survey` over a block's folded ``text``, or over each cell of a table row: a row of tiles is
    several items ("Pašvaldībām: Lauku attīstības plānošana …" beside "Jūsu viedoklis: … Aizpildīt klientu aptauju",
    set 26)."""
    if tag.name != "tr":
        return _opinion_survey(text, words)
    return any(_opinion_survey(fold(text_of(cell)), words) for cell in tag.find_all(["td", "th"], recursive=False))


def _card(tag: Tag) -> bool:
    """True for a card: a ``div`` whose own heading links somewhere (``<div><h3><a href>…</a></h3><p>…``)."""
    head = tag.find(HEADINGS, recursive=False) if tag.name == "div" else None
    return head is not None and head.find("a", href=True) is not None


def _heading(tag: Tag) -> str:
    """The heading an item sits under: the nearest heading before it that is not inside a sibling item of its
    kind (a news card's heading is not the heading of the next card), nor inside an earlier item of a grid, in a
    wrapper of the same name and class as the item's own ("<div class=col-md-6>" around each card: the closed
    consultation's card title "Manēžas rekonstrukcijas ieceres apspriešana" does not head the working group's card
    beside it, set 186)."""
    ancestors = {id(p) for p in tag.parents}
    for head in tag.find_all_previous(HEADINGS, limit=HEADINGS_BACK):
        holder = next((p for p in [head, *head.parents] if id(p.parent) in ancestors), head)
        mine = next((p for p in [tag, *tag.parents] if p.parent is holder.parent), tag)
        if holder.name != mine.name or (mine is not tag and holder.get("class") != mine.get("class")):
            return text_of(head)
    return ""


def notice_text(tag: Tag) -> str:
    """The text a notice's timing is read from: its whole item (:func:`_with_item`), preceded by the
    heading it sits under when the item itself does not name a consultation ("Noslēgušās apspriešanas")."""
    text = text_of(_with_item(tag))
    return text if find_term(text, _words()["consultation"]["cues"]) else f"{_heading(tag)} {text}"


def timing(text: str, today: date) -> str:
    """When a consultation notice stands: "future" (a date from today on, unless an ``ended`` word and a past
    date say it closed), "recent" (its latest date at
    most ``consultation.recent_days`` ago and no deadline or closing word), "past" (every date passed and a
    deadline or closing word, or older than that), "stale" (its latest date more than
    ``consultation.stale_days`` ago), or "undated". A blog's "Komentāri ir slēgti" is not read
    (``consultation.comments_closed``)."""
    words = _words()["consultation"]
    for phrase in words["comments_closed"]:
        text = re.sub(re.escape(phrase), " ", text, flags=re.I)
    days = dates_in(text)
    if not days:
        return "past" if find_term(text, words["ended"]) else "undated"
    age = (today - max(days)).days
    if age <= 0:     # a date to come, unless the notice says it ended on a past date ("… noslēdzās 15.11.; dome
        # skatīs 07.12.": the later date is what follows the consultation)
        return "past" if find_term(text, words["ended"]) and min(days) < today else "future"
    if age > words["stale_days"]:
        return "stale"
    if find_term(text, words["closed"]) or age > words["recent_days"]:
        return "past"
    return "recent"


OPEN = ("future", "recent", "live", "undated")   # M06 option 2, M07 option 1: an issue open now (or maybe: undated)
TAKING_PART = ("future", "recent", "live")        # … and surely open now


def current_blocks(site: SiteView, today: date, accept: tuple[str, ...] = OPEN) -> list[tuple[PageView, Tag, str]]:
    """Consultation blocks whose :func:`timing` (read over the whole list item; for a document item of an
    issue page, :func:`_item_of_issue_page`, over the page's main text) is in ``accept``; an undated one on a
    page that says nothing is open (:func:`_none_open_on`) is past, one whose survey or proposals form takes answers
    now (:func:`_takes_answers`) is "live"."""
    out = []
    for view, tag in consultation_blocks(site):
        when = timing(notice_text(tag), today)
        if when == "undated" and _item_of_issue_page(tag):
            when = timing(view.main_text, today)
        if when in ("recent", "undated") and (_closed_where_linked(site, view, tag, today)
                                              or _closed_on_page(view, tag, today)):
            when = "past"
        if when == "undated" and _none_open_on(view):
            when = "past"
        if when == "undated" and _takes_answers(site, view, tag):
            when = "live"
        if when in accept:
            out.append((view, tag, when))
    return out


def _takes_answers(site: SiteView, view: PageView, tag: Tag) -> bool:
    """True when an undated notice's item links a crawled page that holds a questionnaire taking answers now: a form
    outside the page's header, footer and menus with a text area, a choice or a list to pick from, on a page that
    says nothing closed ("Dienests gatavo Ietvju remonta programmu 2027. gadam. Izsakiet savu viedokli, aizpildot
    iedzīvotāju aptauju" → a survey form to fill in, set 118)."""
    for a in _item_links(tag):
        target = site.by_url(view.resolve(str(a["href"])))
        if target is None or target is view or find_term(target.text, _words()["consultation"]["ended"]):
            continue
        for form in target.body_soup.find_all("form"):
            if not in_chrome(form) and features.answer_fields(form):
                return True
    return False


def _none_open_on(view: PageView) -> bool:
    """True when the page says nothing is under consultation now: a content passage naming consultations
    with a ``consultation.none`` phrase ("tīmekļvietnē netiek rīkotas sabiedriskās apspriešanas"); its
    undated pointers (to the TAP portal's front page) are then no current issue."""
    words = _words()["consultation"]
    return any(find_term(text, words["none"], folded=True) and find_term(text, words["cues"], folded=True)
               and not in_chrome(tag) for tag, text in view.blocks if tag.name in ("p", "li"))


def _item_of_issue_page(tag: Tag) -> bool:
    """True for a list item that names no consultation itself and sits right under the page's ``<h1>``
    ("… aicina izteikt viedokli par …" over "• Spēkā esošais kodekss (PDF)"): a document of the issue page,
    whose timing is the page's own (its deadline passed, the item is no open issue)."""
    head = tag.find_previous(list(HEADINGS))
    return (head is not None and head.name == "h1"
            and not find_term(text_of(_with_item(tag)), _words()["consultation"]["cues"]))


def _closed_where_linked(site: SiteView, view: PageView, tag: Tag, today: date) -> bool:
    """True when a notice without a deadline of its own links a crawled issue page that says the consultation
    has closed ("Apspriešana noslēdzās …", its dates passed), or whose heading the link names ("Izsakiet
    viedokli par … koncepciju" to the page of that title, "Priekšlikumus var iesniegt līdz" a past date): the
    news item of a month ago is no open issue. The page's main content is read (:attr:`PageView.main_text`), not a
    sidebar of other posts."""
    ended = _words()["consultation"]["ended"]
    for a in _item_links(tag):
        target = site.by_url(view.resolve(str(a["href"])))
        if (target is not None and target is not view
                and (find_term(target.main_text, ended) or _names_page(text_of(a), target))
                and timing(target.main_text, today) in ("past", "stale")):
            return True
    return False


def _names_page(label: str, target: PageView) -> bool:
    """True when a link's text (20 characters or more) is the heading of the page it opens, or holds it."""
    label, heading = fold(label).strip(" .:»"), fold(target.heading).strip(" .:")
    return len(label) >= 20 and bool(heading) and (heading in label or label in heading)


def _closed_on_page(view: PageView, tag: Tag, today: date) -> bool:
    """True when a notice without a deadline of its own ("Publiskās apspriešanas sanāksme notika …") stands
    on a page, not the homepage, whose main text closed later than the notice's date ("Publiskās apspriešanas
    termiņš: no … līdz …", every date passed) or says it ended ("Apspriešana ir noslēgusies"): the issue page
    of a consultation that has ended."""
    own = dates_in(notice_text(tag))
    main = view.main_text
    page_dates = dates_in(main)
    return (not view.is_home and bool(own) and bool(page_dates) and timing(main, today) == "past"
            and (max(page_dates) > max(own) or bool(find_term(main, _words()["consultation"]["ended"]))))


def _channel(site: SiteView, view: PageView, tag: Tag) -> str | None:
    """How to take part, from a consultation block: a platform or survey service link (an opinion survey's Google
    Forms), an e-mail, a linked crawled page with a form, an e-mail or a channel named in its main text ("Tiešsaistē:
    balso.livani.lv"), a form, or a channel the notice names ("… Tiesību aktu projektu portālā",
    ``consultation.channel``)."""
    words = _words()["consultation"]
    hosts = words["hosts"] + vocab.load("features")["survey"]["hosts"]
    for a in _links_of(tag):   # a notice that is or sits in a link tile goes where the tile goes
        href = str(a["href"])
        if _host_link(href, hosts):
            return f"platform or survey link {href}"
        if href.startswith("mailto:"):
            return f"e-mail {href[7:]}"
        target = site.by_url(view.resolve(href))
        if target is not None and (
            target.body_soup.find("textarea")
            or any(h.startswith("mailto:") or _host_link(h, hosts) for _, h, _ in target.anchors)
            or find_term(target.main_text, words["channel"])
        ):
            return f"participation page {target.url}"
    if tag.find("textarea"):
        return "form"
    named = find_term(text_of(tag), words["channel"])
    return f"named in the notice: '{named}'" if named else None


def _page_channel(site: SiteView, view: PageView) -> str | None:
    """How to take part, from the main content of the issue page a notice stands on: a form (not a page-rating
    one, :func:`features.rating_forms`), the page's own survey form on a policy question (:func:`features.surveys`:
    radio questions on the plan, "Iesniegt atbildes", set 213), an e-mail
    address (linked, or written in a passage that says to send it: "… sūti uz apspriesana@cirks.lv līdz …"),
    a platform or a survey service link ("Viedokli var izteikt līdz …" above the page's form)."""
    main = view.main
    rating = features.rating_forms(view)
    if any(not any(form is r for r in rating) for form in (t.find_parent("form") for t in main.find_all("textarea"))):
        return f"form on {view.url}"
    forms = {css_selector(form) for form in main.find_all("form") if not in_chrome(form)}
    if any(proof.url == view.url and proof.selector in forms and about == "other"
           for proof, about in features.surveys(site)[0]):
        return f"survey form on {view.url}"
    hosts = _words()["consultation"]["hosts"] + vocab.load("features")["survey"]["hosts"]
    for a in main.find_all("a", href=True):
        href = str(a["href"])
        if not in_chrome(a) and (href.startswith("mailto:") or _host_link(href, hosts)):
            return f"{href} on {view.url}"      # a survey service's form is where to answer
    told = _words()["consultation"]["instructions"]
    for tag, text in view.blocks:
        if tag.name in CONTENT_BLOCKS and not in_chrome(tag) and find_term(text, told, folded=True):
            written = email_re().search(text_of(tag))
            if written:
                return f"{written.group(0)} on {view.url}"
    return None


def _without(folded: str, tags: list[Tag]) -> str:
    """A page's ``folded`` text without the text of ``tags`` (its page-rating forms: their "Nosūtīt vērtējumu"
    is no instruction to take part)."""
    for tag in tags:
        folded = folded.replace(fold(text_of(tag)), " ")
    return folded


def _post_meta(a: Tag) -> bool:
    """True for a link in a post's own footer or header (``<article>``'s ``<footer>``/``<header>``: "Kategorija: <a>
    Apspriešanas</a>", set 201): the post's category or tag, not a section of the site."""
    part = a.find_parent(["footer", "header"])
    return part is not None and part.find_parent("article") is not None and a.find_parent("h1") is None \
        and a.find_parent(["h2", "h3", "h4"]) is None


def _section_links(site: SiteView) -> list[Evidence]:
    """Homepage links to a participation section: by label (``section.labels``, not followed by what one issue is
    about, "… par KAC jaunajām telpām", nor a call followed by a survey word, "izsaki viedokli aptaujā"; or a short one
    ending in ``section.last_words``: "Pasažieru līdzdalība") or URL (``url_hints``); a label that also names
    volunteering or campaigns (``generic_labels``) counts unless the crawled page it opens never speaks of
    participation (``page_cues``: "aicinām … piedalīties skolas lēmumu sagatavošanā", set 150) and holds no
    consultation notice (:func:`consultation_blocks`: a survey on a draft strategy). A post's category link is no
    section (:func:`_post_meta`). A link to another site's section
    ("Sabiedrības līdzdalība Ogres novadā" on ogresnovads.lv, in a footer or a table layout's footer row, set 129) is
    not this site's."""
    words = _words()["section"]
    last_words, generic = {fold(w) for w in words["last_words"]}, {fold(g) for g in words["generic_labels"]}
    surveys = _words()["consultation"]["opinion_survey"]["survey"]
    home = site.home
    own = urlsplit(home.url).hostname or ""
    found = []
    for a, href, label in home.anchors:
        url = home.resolve(href)
        if not same_site(urlsplit(url).hostname or own, own) or _post_meta(a):
            continue
        term = leading_term(label, words["labels"]) if 0 < len(label) <= LABEL_MAX else None
        rest = label[len(term):].lstrip(" ") if term else ""
        if term and (rest.startswith(("par ", ":", "–", "—")) or (term in generic and find_term(rest, surveys, True))):
            term = None     # one issue's notice ("Sabiedriskā apspriešana par KAC jaunajām telpām") or a call to one
                            # survey ("izsaki viedokli aptaujā", set 190; not a tile "Sabiedrības iesaiste — Aptaujas un
                            # darba grupas", set 43), not the section
        named = label.split()
        if term is None and 2 <= len(named) <= 3 and named[-1] in last_words:
            term = named[-1]
        if term and term in generic:
            target = site.by_url(url)
            if (target is not None and not find_term(target.folded, words["page_cues"], folded=True)
                    and not any(v is target for v, _ in consultation_blocks(site))):
                term = None
        if term or (label and _section_url(url, words["url_hints"])):
            found.append(evidence(home, a, f"{text_of(a)} → {url}"))
    return found


def _section_url(url: str, hints: list[str]) -> bool:
    """True when a whole segment of the URL's path is a section name (``section.url_hints``)."""
    names = {fold(h) for h in hints}
    return any(fold_url(f"/{segment}") in names for segment in urlsplit(url).path.split("/") if segment)


def _item_links(tag: Tag) -> list[Tag]:
    """The links of a notice's whole item (:func:`_with_item`, :func:`_links_of`)."""
    return _links_of(_with_item(tag))


def _links_of(block: Tag) -> list[Tag]:
    """A block's links, first the link tile it is or sits in ("<a class="flize" href="/aptauja-depo/"><h2>Aptauja …
    </h2><p>… Izsakiet savu viedokli aptaujā!</p></a>", set 157)."""
    tile = block if block.name == "a" and block.get("href") else block.find_parent("a", href=True)
    return ([tile] if tile is not None else []) + block.find_all("a", href=True)


def _with_item(tag: Tag) -> Tag:
    """The notice's whole item: up to three levels up (through lists and tables), the nearest small block
    (≤ 700 characters, not page chrome) that holds the issue's link, or its date when ``tag`` has none,
    e.g. ``<div><h2><a>title</a></h2><p>apspriešana līdz …</p></div>`` or a step "Sniedziet priekšlikumus
    līdz …" whose nested list item links the platform; a dated notice never grows into a block holding other
    dates (a news list whose other items link elsewhere); a block holding the page's ``<h1>`` is the page's content,
    not an item (a table layout's content cell does not grow into its row with the menu column, set 136), and a
    link tile (``<a class="tile"><h3>…</h3><p>notice</p></a>``) is its own item, not its grid (set 144). An ordered
    list is the steps of one notice: "2. Aizpildiet tiešsaistes aptauju: <a>…</a>" takes its date from "3. Aptauja ir
    atvērta līdz …" (set 188)."""
    if tag.find("h1") is not None:
        return tag
    if (tile := tag.find_parent("a", href=True)) is not None:
        return tile
    own_dates = set(dates_in(text_of(tag)))
    dated = bool(own_dates)
    node = tag
    for _ in range(3):
        node = node.parent
        if node is None or len(text_of(node)) > 700 or in_chrome(node):
            break
        if dated and set(dates_in(text_of(node))) - own_dates:   # a list of dated items, not this item
            break
        if node.name not in CONTENT_BLOCKS and node.name != "ol":   # an ordered list is the steps of one notice
            continue
        if (node.find("a", href=True) and (dated or not tag.find("a", href=True))) or (
            not dated and dates_in(text_of(node))
        ):
            return node
    return tag


def _m06_current(site: SiteView, blocks: list[tuple[PageView, Tag, str]], any_notice: bool) -> Detection:
    """Option 2: a current notice with its way to take part (in the notice, or on the issue page it stands on:
    :func:`_page_channel`), "clearly and easily found" (seed L8140): on the homepage or a page one click from
    it (``consultation.max_depth``) by a link outside the homepage's footer."""
    undated, max_depth = [], _words()["consultation"]["max_depth"]
    pointed = _pointed_from_home(site)
    for view, tag, when in blocks:
        if view.page.depth > max_depth or not (view.is_home or {view.url, view.page.final_url} & pointed):
            continue
        channel = _channel(site, view, _with_item(tag)) or (None if view.is_home else _page_channel(site, view))
        if channel and when in TAKING_PART:
            why = {"future": "open until a date to come", "recent": "announced in the last weeks",
                   "live": "its form takes answers now"}[when]
            return detected("M06", "2", 0.85 if when == "future" else 0.75,
                            f"current issue ({why}) with its form of participation ({channel})", [evidence(view, tag)])
        if when == "undated":
            undated.append(evidence(view, tag))
    if undated:
        return review("M06", "2", "consultation notices without a date: cannot tell whether they are current",
                      proof=undated[:3])
    if any_notice:
        return not_detected("M06", "2", 0.75, "consultation notices found, none current with a way to take part")
    return not_detected("M06", "2", 0.8, "no consultation notice on the site")


def _pointed_from_home(site: SiteView) -> set[str]:
    """URLs the homepage links from outside its footer (:func:`checks.dom.in_footer`)."""
    home = site.home
    return {home.resolve(href) for a, href, _ in home.anchors if not in_footer(a)}


def _home_repeats(site: SiteView, tag: Tag) -> bool:
    """True when the homepage holds the same block as ``tag`` (:attr:`SiteView.home_blocks`): a sidebar's latest news
    "15.11.2026. Apspriešanā – …" on every page (set 181)."""
    return fold(text_of(tag)) in site.home_blocks


def _issue_pages(site: SiteView, blocks: list[tuple[PageView, Tag, str]], today: date) -> list[PageView]:
    """Pages about one issue: holding a dated open consultation notice (not one the homepage repeats, a sidebar's
    latest news, :func:`_home_repeats`; an undated platform link in a sidebar of useful links is on every page),
    linked from a consultation block's item (:func:`_with_item`) and not closed, or headed by a consultation cue and
    not closed (:func:`timing` of the page's text is not past or stale: "Apspriešana noslēgusies …" asks nothing of
    anyone)."""
    cues = _words()["consultation"]["cues"]
    still_open: dict[str, bool] = {}   # a page's timing, read once however many notices link it

    def is_open(view: PageView) -> bool:
        if view.url not in still_open:
            still_open[view.url] = timing(view.main_text, today) in OPEN
        return still_open[view.url]

    pages: list[PageView] = []
    for view, tag, when in blocks:
        if when in TAKING_PART and not view.is_home and view not in pages and not _home_repeats(site, tag):
            pages.append(view)
        for a in _item_links(tag):   # the notice's whole item: its link may follow it
            target = site.by_url(view.resolve(str(a["href"])))
            if target is not None and target not in pages and is_open(target):
                pages.append(target)   # not a page whose consultation closed ("… līdz <a past date>", set 140)
    for view in site.pages:
        if not view.is_home and find_term(view.heading, cues) and view not in pages and is_open(view):
            pages.append(view)
    return pages


def _m06_page(site: SiteView, blocks: list[tuple[PageView, Tag, str]], today: date) -> Detection:
    """Option 3. A current issue linked to the national platform, with the site saying what to do there,
    counts: the platform's issue page holds the documents and the submission form. Otherwise one of the
    issue pages must show instructions, documents and a channel; two of the three ask for review. Documents are
    files linked from the page, or a content link whose text or address names them (``consultation.documents``:
    the regulator's "…/tarifu-projekti"); one that the homepage also gives is the site's menu ("Dokumenti" in a
    table layout's menu column), not the issue's papers."""
    words = _words()["consultation"]
    menu = {site.home.resolve(href) for _, href, _ in site.home.anchors}
    for view, tag, _when in blocks:
        told = find_term(text_of(_with_item(tag)), words["instructions"])
        for a in tag.find_all("a", href=True):
            if told and _host_link(str(a["href"]), words["full_process_hosts"]) and _deep_link(str(a["href"])):
                return detected(
                    "M06",
                    "3",
                    0.75,
                    f"the issue says what to do ('{told}') and links its page on the national platform, "
                    "which holds the draft documents and the submission form",
                    [evidence(view, a, f"{text_of(a)} → {a['href']}")],
                )
    best: tuple[int, list[str], PageView | None] = (0, [], None)
    for view in _issue_pages(site, blocks, today):
        main = view.main
        text = _without(view.folded, features.rating_forms(view))
        content_links = [a for a in main.find_all("a", href=True) if not in_chrome(a)]
        has = {
            "instructions": bool(find_term(text, words["instructions"], folded=True)),
            "documents": bool(view.page.documents)
            or any(
                str(a["href"]).lower().rsplit(".", 1)[-1] in ("pdf", "doc", "docx", "odt", "rtf")
                or (find_term(f"{text_of(a)} {fold_url(str(a['href']))}", words["documents"])   # "…/tarifu-projekti"
                    and (view.is_home or view.resolve(str(a["href"])) not in menu))
                or _host_link(str(a["href"]), words["full_process_hosts"])   # the platform holds the draft
                for a in content_links
            ),
            "channel": bool(_page_channel(site, view)) or bool(find_term(text, words["channel"], folded=True)),
        }
        score = sum(has.values())
        if score == 3:
            return detected(
                "M06",
                "3",
                0.8,
                "the issue page has instructions, documents and where/how to submit",
                [evidence(view, main if main.name == "main" else None)],
            )
        if score > best[0]:
            best = (score, [k for k, v in has.items() if not v], view)
    if best[0] == 2:
        return review(
            "M06", "3", f"an issue page lacks {best[1][0]}", guess=False, proof=[evidence(best[2], None)]
        )
    return not_detected(
        "M06", "3", 0.75, "no participation page that says what, where and how with documents"
    )


def m06(site: SiteView, opts: CheckOptions) -> list[Detection]:
    """M06 options 1–3 for one site."""
    if site.home is None:
        return unreadable("M06", M06_OPTIONS)
    links = _section_links(site)
    rows = [
        detected("M06", "1", 0.9, "the homepage links a public-participation section", links[:3])
        if links
        else not_detected("M06", "1", 0.85, "no link to a public-participation section on the homepage")
    ]
    rows.append(_m06_current(site, current_blocks(site, opts.today), bool(consultation_blocks(site))))
    rows.append(_m06_page(site, current_blocks(site, opts.today), opts.today))
    return rows


def _title_over(site: SiteView, view: PageView, text: str, title: str) -> str:
    """A page's folded ``title`` as what labels one of its blocks (folded ``text``), or "" for a block the homepage
    repeats (:attr:`SiteView.home_blocks`, a table layout's sidebar "Ziņot par bojājumu … Bojājumu pieteikšanas
    tālrunis" on the page "Meliorācijas jautājumu komisija", set 164): the page's title does not name it."""
    return "" if not view.is_home and text in site.home_blocks else title


def _pairs(site: SiteView, first: list[str], second: list[str], exclude: Sequence[str] = (),
           listed: bool = False, joins: Sequence[str] = ()) -> list[Evidence]:
    """Content blocks (and document links) where a term of each list occur near each other (not across the parts of a
    block of several headed parts: "Brīvprātīgie … pieteikšanās" then "Komitejas … Ētikas komiteja"; not in an e-mail
    address: "Apply … by e-mail to padome@…" at a fisheries board, set 215), and headings,
    table header cells, ``<details>`` summaries, paragraphs led by a bold or colon-ended label (:func:`_bold_lead`,
    :func:`_named_lead`) and, with ``listed``, items naming a list (:func:`_names_list`) that hold a term of ``second``
    on a page whose own title (without the site's name; not over a block the homepage repeats, :func:`_title_over`),
    or under a heading (:func:`_heading_over`) that, holds one of
    ``first`` ("Komisijas sastāvs" over "Sēžu kopsavilkumi", "<summary>Padomes locekļi</summary>", "protokols … ar
    dalībnieku sarakstu"); passages about procurement, vacancies or competitions (``working_groups.not_contexts``) or
    holding a term of ``exclude`` are left out (the former not when a content block asks to join a body in so many
    words, ``joins``: "pieteikties darbam padomē … sūtiet īsu CV un motivācijas vēstuli", set 129), and so is a heading
    whose next block holds one ("Padomes sastāvs" over "… saraksts tiks publicēts pēc vēlēšanām"). With ``listed``, a
    content block must also list them (:func:`_lists_people`), and lists introduced as a body's members count too
    (:func:`_introduced_lists`)."""
    contexts = _words()["working_groups"]["not_contexts"]
    skip = contexts + list(exclude)
    found = []
    for view in site.pages:
        for tag, text in view.blocks:
            read = email_re().sub(" ", text)
            if (tag.name in CONTENT_BLOCKS and not in_chrome(tag) and near(read, first, second, NEAR)
                    and (not find_term(text, contexts, folded=True) or find_term(text, list(joins), folded=True))
                    and not find_term(text, list(exclude), folded=True)
                    and not _split_over_items(tag, first, second)
                    and len(tag.find_all(HEADINGS)) < 2 and (not listed or _lists_people(tag))):
                found.append((view, tag))
    out = [evidence(v, t) for v, t in _innermost(found)]
    for view in site.pages:
        title = fold(view.own_title)
        if find_term(title, skip, folded=True):
            continue
        # header cells and the summaries of <details> are no blocks
        cells = [(t, fold(text_of(t))) for t in view.body_soup.find_all(["th", "summary"])]
        for tag, text in view.blocks + cells:
            if (
                (tag.name in HEADINGS or tag.name in ("th", "summary")
                 or (_member_lead(tag, second) if listed else _bold_lead(tag))
                 or _named_lead(tag, second) or (listed and _names_list(tag, text)))
                and not in_chrome(tag)
                and not find_term(text, skip, folded=True)
                and not (tag.name in HEADINGS and _followed_by(tag, exclude))
                and find_term(text, second, folded=True)
                and find_term(f"{_title_over(site, view, text, title)} {text} {fold(_heading_over(tag))}", first,
                              folded=True)
            ):
                out.append(evidence(view, tag, f"{view.page.title}: {text_of(tag)}"))
    for view in site.pages:
        for doc in view.page.documents:
            label = doc.link_text + " " + fold_url(doc.url)
            if near(label, first, second, NEAR, folded=False) and not find_term(label, skip):
                out.append(Evidence(url=view.url, snippet=f"{doc.link_text} → {doc.url}"[:300]))
    return out + (_introduced_lists(site, first, second, skip) if listed else [])


def _introduced_lists(site: SiteView, first: list[str], second: list[str], skip: list[str]) -> list[Evidence]:
    """Lists and tables naming two persons or more whose introduction — the paragraph before them
    (:func:`checks.dom.lead_in`), else the heading over them — names a body, and which it or they name as members:
    "Padome sniedz ieteikumus par muzeja attīstību … Sastāvs:" over a list of five names with their roles
    (tukumamuiza of set 131), a table under "<h1>Valde</h1>" of persons and their roles "valdes loceklis"
    (ludzaspartneriba of set 144); not an agenda under a head count ("Sēdē piedalās 7 no 9 padomes locekļiem …
    Darba kārtība:", set 106)."""
    found = []
    for view in site.pages:
        for listing in view.body_soup.find_all(["ul", "ol", "table"]):
            intro = lead_in(listing) or heading_before(listing, HEADINGS)
            lead, listed = fold(intro), fold(text_of(listing))
            if (lead and not in_chrome(listing) and find_term(lead, first, folded=True)
                    and (near(lead, first, second, NEAR) or find_term(listed, second, folded=True))
                    and not _HEAD_COUNT.search(lead) and len(_PERSON.findall(text_of(listing))) >= 2
                    and not find_term(f"{lead} {listed}", skip, folded=True)):
                found.append(evidence(view, listing, f"{intro} {text_of(listing)}"[:300]))
    return found


def _heading_over(tag: Tag) -> str:
    """The heading ``tag`` sits under: for a heading, the nearest one of a higher rank before it (a news list's
    "Birojs piedalās izstādē" does not sit under the headline before it, "Konsultatīvās padomes sēde"), else the
    nearest heading before it."""
    if tag.name in HEADINGS:
        higher = HEADINGS[: HEADINGS.index(tag.name)]
        head = tag.find_previous(list(higher)) if higher else None
        return text_of(head) if head is not None else ""
    return heading_before(tag, HEADINGS)


def _followed_by(head: Tag, terms: Sequence[str]) -> bool:
    """True when the element right after a heading (its first block) holds one of ``terms``."""
    after = head.find_next_sibling()
    return bool(terms) and after is not None and bool(find_term(text_of(after), terms))


def _lists_people(tag: Tag) -> bool:
    """True when a block lists its members: two persons' names ("Anete Briede", "I. Teterovskis"), else — unless
    it counts them ("Sēdē piedalās 7 no 9 padomes locekļiem" over the agenda's items, daugavpilsturisms of set
    106) — two list items or table rows, or a list it names ("protokols ar dalībnieku sarakstu"); not a sentence on
    who may sit in it ("Padomes sastāvā ir pašvaldību domju deleģētie pārstāvji", kurzemesregions of set 65). A name
    stands within one string of the block: a table layout's row of menu items "Sākums", "Par iestādi" names no one
    (set 198)."""
    text = text_of(tag)
    if sum(len(_PERSON.findall(string)) for string in tag.stripped_strings) >= 2:
        return True
    return not _HEAD_COUNT.search(fold(text)) and (len(tag.find_all(["li", "tr"])) >= 2
                                                   or bool(find_term(text, _LISTS)))


def _names_list(tag: Tag, text: str) -> bool:
    """True for a short paragraph or item (≤ 200 characters of folded ``text``) that names a list ("Sēdes
    protokols Nr. 3 — ar dalībnieku sarakstu (PDF)")."""
    return tag.name in ("p", "li", "td", "dd") and len(text) <= 200 and bool(find_term(text, _LISTS, folded=True))


def _named_lead(tag: Tag, terms: list[str]) -> bool:
    """True for a paragraph or item that opens with a short label, ended by a colon, naming one of ``terms``
    ("Sastāvs: Aleksejs Ivanovs (Daugavpils valstspilsēta), …")."""
    head, colon, _ = text_of(tag).partition(":")
    return tag.name in ("p", "li", "dd") and bool(colon) and len(head) <= 30 and bool(find_term(head, terms))


def _bold_lead(tag: Tag, terms: Sequence[str] = ()) -> bool:
    """True for a paragraph or item that opens with its bold or italic label ("<p><strong>Sēdē piedalās:</strong>
    …", "<p><em>Piedalījās:</em> …"), with ``terms`` a label that holds one of them."""
    lead = tag.find(["strong", "b", "em", "i"]) if tag.name in ("p", "li", "td", "dd") else None
    return (lead is not None and text_of(tag).startswith(text_of(lead))
            and (not terms or bool(find_term(text_of(lead), terms))))


def _member_lead(tag: Tag, terms: Sequence[str]) -> bool:
    """True for a bold-led paragraph (:func:`_bold_lead`) that gives members: its label names them ("<strong>Sēdē
    piedalās:</strong> …") or it lists persons ("<strong>Sēdi vada:</strong> … <strong>Sēdē piedalās deputāti:
    </strong> Aldis Adamovičs, …"); not a meeting's date over a head count ("<strong>03.10.2026.</strong> —
    piedalījās 7 padomes locekļi", set 90)."""
    return _bold_lead(tag, terms) or (_bold_lead(tag) and _lists_people(tag))


def _deep_link(href: str) -> bool:
    """True for a link to a page inside a platform, not to its front page (``https://tapportals.mk.gov.lv/``
    lists every institution's drafts; one issue's page has a path or a query)."""
    parts = urlsplit(href)
    return parts.path.strip("/") != "" or bool(parts.query)


def _split_over_items(tag: Tag, first: list[str], second: list[str]) -> bool:
    """True when a list or table meets both terms only across its rows or items (one news headline names a
    commission, the next one an internship application), none of which holds both; in a block without rows or
    items, across its lines ("<a>Pieteikšanās un maksa</a><br><a>Iestādes padome</a>", set 142)."""
    items = [text_of(i) for i in tag.find_all(["tr", "li"]) if not i.find(["tr", "li"])]   # the innermost ones
    if not items and tag.find("br") is not None:
        items = lines if len(lines := text_by_lines(tag).split(" | ")) > 1 else []
    return bool(items) and not any(near(fold(i), first, second, NEAR) for i in items)


def _m07_forum(site: SiteView) -> Detection:
    """Option 3: a link to a discussion forum (label or URL; not an e-mail address), not to an event named for a
    year ("Eksportētāju forums 2026", a conference, or its programme ``…forums-2026-programma.pdf``) or described
    as an event (:func:`_event_passage`), nor to the
    discussion of a draft (``forum.not_labels``: "Обсуждение проекта правил" is a consultation notice); a
    discussion on a page (a heading "Diskusija" and a comment form in the same block); a page built by forum
    software (``forum.software``: bbPress, phpBB …); or a chat on the site."""
    words = _words()["forum"]
    for view in site.pages:
        for head in view.body_soup.find_all(HEADINGS):
            if (leading_term(fold(text_of(head)), words["labels"]) and not in_chrome(head)
                    and head.parent is not None and head.parent.find("textarea")):   # its comment form
                return detected("M07", "3", 0.75, "a discussion with a comment form", [evidence(view, head)])
        for a, href, label in view.anchors:
            if _YEAR.search(f"{label} {href}") or is_address_link(href) or _event_passage(a, words["event_words"]):
                continue
            if (0 < len(label) <= LABEL_MAX and leading_term(label, words["labels"])
                    and not find_term(label, words["not_labels"], folded=True)) or _host_link(href, words["hosts"]):
                return detected("M07", "3", 0.8, "a discussion forum is linked", [evidence(view, a)])
    software = next((v for v in site.pages if any(s in v.live_markup for s in words["software"])), None)
    if software is not None:
        return detected("M07", "3", 0.8, "a discussion forum on the site (forum software)", [evidence(software, None)])
    chats = chat_widgets(site)
    if chats:
        return detected("M07", "3", 0.8, f"a chat ({chats[0][0]}) on the site", [chats[0][1]])
    return not_detected("M07", "3", 0.8, "no forum or chat found")


def _event_passage(a: Tag, event_words: list[str]) -> bool:
    """True when the passage around a forum link describes an event (``forum.event_words``: "Forumā uzstāsies
    pētnieki …, reģistrēties var foruma mājaslapā forums.va.lv" is a conference's site, no discussion forum)."""
    return a.parent is not None and bool(find_term(text_of(a.parent), event_words))


def _m07_meetings(site: SiteView) -> Detection:
    """Option 5: summaries of the meetings of working groups or councils and their member lists, both found
    (:func:`_pairs`)."""
    words = _words()
    bodies = words["working_groups"]["bodies"] + _minuted_boards(site)
    records = _pairs(site, bodies, words["meetings"]["records"], words["meetings"]["not_yet"])
    # "Pieteikšanās padomes sastāvā" (applying to join) heads a form, not a member list, and "Jaunā padomes sastāva
    # saraksts tiks publicēts pēc vēlēšanām" promises one
    members = _pairs(site, bodies, words["meetings"]["members"],
                     words["working_groups"]["apply"] + words["meetings"]["not_yet"], listed=True)
    if records and members:
        return detected(
            "M07",
            "5",
            0.8,
            "meeting summaries and member lists of councils / working groups",
            records[:2] + members[:2],
        )
    if records or members:
        missing = "member lists" if records else "meeting summaries"
        return review(
            "M07",
            "5",
            f"found {'summaries' if records else 'member lists'} but no {missing}",
            guess=False,
            proof=(records or members)[:3],
        )
    return not_detected("M07", "5", 0.8, "no meeting summaries or member lists")


def _minuted_boards(site: SiteView) -> list[str]:
    """The board terms (``meetings.boards``) when the site publishes a board's minutes (``meetings.board_minutes``):
    a local action group's "Valde" with its members by sector over "Valdes sēžu protokoli" is a council (abulas- and
    ludzaspartneriba of set 144); a company's "Valdes priekšsēdētāja …" in its contacts is not (liepajasatkritumi
    of set 134)."""
    words = _words()["meetings"]
    return words["boards"] if _pairs(site, words["boards"], words["board_minutes"], words["not_yet"]) else []


def _m07_question_form(site: SiteView, today: date) -> Detection:
    """Option 6: a form with a text area headed or worded for questions and proposals (or introduced by a paragraph
    naming proposals or objections, ``question_form.lead_in_cues``), or an invitation to send proposals or questions by
    e-mail (the seed's expert note: "definēts lauks vai iespēja uzrakstīt e-pastu", L8176; a bare address in the
    contacts is no invitation); a form headed as a survey of the website or of the customer service, or as a sign-up
    (``question_form.not_headings``: "Pieteikšanās domes sēdes apmeklējumam"; or its button says so,
    ``question_form.signup_buttons``: a working group's "Motivācija" field under "Pieteikties", a consultation booked
    with its "Jautājums" under "Iesniegt pieteikumu"), or a page-rating form (:func:`features.rating_forms`, its
    "Jūsu komentārs par šo lapu"), is not this (a policy survey's proposals field is). An "ask a
    question" link to a page that was not crawled asks for review."""
    words = _words()["question_form"]
    weak = []
    for view in site.pages:
        rating = features.rating_forms(view)
        for form in view.body_soup.find_all("form"):
            title = _form_heading(form)
            context = " ".join([view.heading, title, text_of(form)[:500]])
            heads = f"{view.heading} {title}"
            if (features.site_survey_heading(heads) or in_chat_widget(form) or find_term(heads, words["not_headings"])
                    or find_term(_submit_text(form), words["signup_buttons"])
                    or features.rating_heading(title) or any(form is r for r in rating)):
                continue       # a survey of the site or service: its "Jūsu ieteikumi …" field is no question form;
                               # a chat's pre-chat form is the chat (option 3); a sign-up form is no question form;
                               # nor is a page-feedback widget's "Jūsu atsauksme" under "Vai šī lapa bija noderīga?"
                               # or its "Jūsu komentārs par šo lapu" beside "Vai šajā lapā atradāt …? Jā Nē" (set 185)
            if form.find("textarea") and (find_term(context, words["cues"])
                                          or find_term(lead_in(form), words["lead_in_cues"])):
                return detected("M07", "6", 0.85, "a form for questions and proposals", [evidence(view, form)])
        for a, href, label in view.anchors:
            if 0 < len(label) <= LABEL_MAX and leading_term(
                label, ["uzdot jautājumu", "uzdod jautājumu", "ask a question", "задать вопрос"]
            ):
                if site.by_url(view.resolve(href)) is None:
                    weak.append(evidence(view, a, f"{text_of(a)} → {href} (not crawled)"))
    invitation = _email_invitation(site, today)
    if invitation:
        return detected("M07", "6", 0.7, "an invitation to send questions or proposals by e-mail or a linked form (the "
                        "seed counts the possibility to write an e-mail, L8176)", [invitation])
    if weak:
        return review("M07", "6", "a question link leads to a page that was not crawled", proof=weak[:3])
    return not_detected("M07", "6", 0.8, "no form for questions or proposals")


def _form_heading(form: Tag) -> str:
    """A form's own heading (a modal dialog's title inside it: "<form><h5>Uzdot jautājumu vai iesniegt
    priekšlikumu</h5>…"), else the heading it sits under (:func:`heading_before`): the previous modal's "Novērtējiet
    mūsu vietni" does not head the next one (set 178)."""
    own = form.find(HEADING_TAGS)
    return text_of(own) if own is not None else heading_before(form)


def _submit_text(form: Tag) -> str:
    """The labels of a form's submit controls (``<button>``, ``<input type=submit>``)."""
    buttons = [text_of(b) for b in form.find_all("button")]
    buttons += [str(i.get("value") or "") for i in form.find_all("input", attrs={"type": "submit"})]
    return " ".join(buttons)


def _email_invitation(site: SiteView, today: date) -> Evidence | None:
    """A standing invitation: a content passage (≤ 400 characters) inviting proposals or questions
    (``question_form.email_cues``; or bidding to write, on a page headed for consultations or questions:
    ``question_form.write_verbs``, ``question_pages``; or under a heading so: a contacts page's "Konsultācijas" tile
    over "Ja jums ir jautājumi …, rakstiet mūsu juristei: …") that gives an e-mail address (or links a form by name,
    :func:`_form_link`) and no date (a deadline makes it one consultation's channel, M06/M07 option 1), not on the page
    of one consultation that has closed (its heading names a consultation), nor a call under one tile's heading beside
    another tile's address (:func:`_other_tiles_address`)."""
    consultation = _words()["consultation"]["cues"]
    words = _words()["question_form"]
    for view in site.pages:
        main = view.main
        if find_term(view.heading, consultation) and timing(text_of(main), today) in ("past", "stale"):
            continue
        question_page = find_term(view.heading, words["question_pages"])
        for tag, text in view.blocks:
            if (tag.name in CONTENT_BLOCKS and len(text) <= 400 and not in_chrome(tag)
                    and (find_term(text, words["email_cues"], folded=True)
                         or ((question_page or find_term(heading_before(tag), words["question_pages"]))
                             and find_term(text, words["write_verbs"], folded=True)))
                    and (any(h.lower().startswith("mailto:") for h in _hrefs(tag)) or email_re().search(text)
                         or _form_link(site, view, tag, words["form_links"]))
                    and not dates_in(text) and not _asked_by_phone(text, words["email_cues"])
                    and not _on_data_protection(text, words) and not _other_tiles_address(tag, words["email_cues"])):
                return evidence(view, tag)
    return None


_TILE_HEADS = ["h2", "h3", "h4", "h5", "h6", "dt"]


def _other_tiles_address(tag: Tag, cues: list[str]) -> bool:
    """True when a passage of headed tiles asks for questions under one heading and gives its e-mail address under
    another: "<h3>Veterinārārstu konsultācijas</h3> … WhatsApp: … (rakstiet jautājumus …)" and "<h3>E-pasts</h3> …
    dienests@…" are two tiles of a contacts grid; the call is to write on WhatsApp (set 176)."""
    if tag.find(_TILE_HEADS) is None:
        return False
    cue = next((s for s in tag.find_all(string=True) if find_term(str(s), cues)), None)
    address = tag.find("a", href=re.compile(r"^mailto:", re.I)) or tag.find(string=email_re())
    if cue is None or address is None:
        return False
    heads = [h.find_previous(_TILE_HEADS) for h in (cue, address)]
    return heads[0] is not heads[1] and all(h is not None and tag in h.parents for h in heads)


def _form_link(site: SiteView, view: PageView, tag: Tag, names: list[str]) -> bool:
    """True when a passage links a web form by name (``question_form.form_links``: "… varat jebkurā laikā iesniegt
    <a>palīdzības centra pieteikuma formā</a>", a help desk's request form on another host, set 106), not a document
    to fill in and send ("Aizpildiet priekšlikumu veidlapu (DOCX)", set 27's rsu)."""
    return any(find_term(text_of(a), names) and not site.is_document(view.resolve(str(a["href"])))
               for a in tag.find_all("a", href=True))


def _on_data_protection(text: str, words: dict) -> bool:
    """True when every sentence of a folded passage that asks for questions or proposals asks them about personal data
    (``consultation.data_protection`` of checks/vocab/contact.yaml): "Jautājumus par datu apstrādi sūtiet datu
    aizsardzības speciālistam uz …" is the controller's duty (GDPR Art. 13), no invitation to question the institution's
    work (set 126)."""
    asked = [s for s in sentences(text) if find_term(s, words["email_cues"], folded=True)]
    topics = vocab.load("contact")["consultation"]["data_protection"]
    return bool(asked) and all(find_term(s, topics, folded=True) for s in asked)


def _asked_by_phone(text: str, cues: list[str]) -> bool:
    """True when a folded passage sends its questions to the phone or a messaging app and writes its e-mail address
    for something else: every sentence with a cue names a phone or an app (``chat.apps``) and no address, and an
    address stands in another sentence ("Jautājumus par uzņemšanu … varat uzdot pa tālruni …. Ja ērtāk, piesakieties
    videokonsultācijai …, rakstot uz konsultacijas@…", set 91; "Jautājumus var uzdot arī WhatsApp (26483915) … E-pasts:
    …", set 204)."""
    contact = vocab.load("contact")
    channels = contact["phone"]["labels"] + contact["chat"]["apps"]
    asked = [s for s in sentences(text) if find_term(s, cues, folded=True)]
    return (bool(asked) and bool(email_re().search(text))
            and all(find_term(s, channels, folded=True) and not email_re().search(s) for s in asked))


def _m07_current(blocks: list[tuple[PageView, Tag, str]]) -> Detection:
    """Option 1: a consultation notice open now; notices without a date (a pointer to the national
    platform, "Aktuālie projekti … publicēti TAP portālā") ask for review."""
    dated = [(v, t) for v, t, when in blocks if when != "undated"]
    if dated:
        return detected("M07", "1", 0.85, "a current consultation notice (open now)",
                        [evidence(v, t) for v, t in dated[:3]])
    if blocks:
        return review("M07", "1", "consultation notices or platform links without a date: cannot tell whether "
                      "one is current", proof=[evidence(v, t) for v, t, _ in blocks[:3]])
    return not_detected("M07", "1", 0.8, "no current consultation notice or e-participation platform link")


def m07(site: SiteView, opts: CheckOptions) -> list[Detection]:
    """M07 options 1–6 for one site (option 99 "other" is left to the expert)."""
    if site.home is None:
        return unreadable("M07", M07_OPTIONS)
    rows = [_m07_current(current_blocks(site, opts.today))]
    rows.append(features.survey_detection(site, "M07", "2"))
    rows.append(_m07_forum(site))
    groups = _words()["working_groups"]
    apply = _pairs(site, groups["bodies"], groups["apply"], groups["not_apply"], joins=groups["joins"])
    rows.append(
        detected("M07", "4", 0.8, "an invitation to apply to a working group or council", apply[:3])
        if apply
        else not_detected("M07", "4", 0.8, "no invitation to join working groups or councils")
    )
    rows.append(_m07_meetings(site))
    rows.append(_m07_question_form(site, opts.today))
    return rows
