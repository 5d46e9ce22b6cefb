"""Website usability features of M08 (seed questionnaire, expert item M08, L8086–8130), per option:
1 survey form, 2 invitation to rate the site, 3 homepage structured by audiences, 4 homepage structured
by areas of activity, 5 Latvian and English versions, 6 news updated in every language, 7 site search,
8 possibility to rate the site or give feedback (a survey of the site or its service counts: "iespēja
aizpildīt aptauju vai sniegt atsauksmi brīvā tekstā", L8108). Vocabulary: ``checks/vocab/features.yaml``.

Site search: a rendered page (the homepage first) carries a search landmark (``role=search``, ARIA 1.2 /
WCAG SC 2.4.5 technique G161), an ``<input type=search>``, or a form whose action, field name or label
says "search" in one of the vocabulary's languages.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from itertools import islice
from urllib.parse import urljoin, urlsplit

from bs4 import Comment, Doctype, Tag

from checks import vocab
from checks.artifacts import Page
from checks.dates import dated, published, time_elements
from checks.detection import Detection, Evidence
from checks.dom import (
    HEADING_TAGS,
    cells_before,
    css_selector,
    has_name,
    heading_before,
    in_breadcrumb,
    in_chrome,
    is_bold_heading,
    line_of,
    name_pattern,
    parse,
    same_site,
    snippet,
    text_boxes,
    text_of,
    title_before,
)
from checks.language import Version, declared_language, foreign_text_language, page_language, text_language, versions
from checks.options import CheckOptions
from checks.siteview import PageView, SiteView
from checks.text import exact_term, find_term, fold, fold_url, leading_term, near, sentences
from checks.verdict import detected, evidence, not_detected, review, unreadable

M08_OPTIONS = ["1", "2", "3", "4", "5", "6", "7", "8"]
LABEL_MAX = 60
PASSAGE_MAX = 200   # characters of a feedback passage or line
RATING_NEAR = 50   # characters between a rating verb and "page" / "site" ("Novērtējiet … mūsu tīmekļvietni")
GROUPS = ("ul", "ol", "table", "nav", "menu", "dl")   # what holds a menu of audience links
TITLES = ("a", "h2", "h3", "h4", "h5", "b", "strong", "summary", "th")   # names an audience's link, card, column
FIRST_QUESTION = 120   # characters of a survey form read for what it is about, with its heading
SURVEY_QUESTIONS = 3   # questions (select lists, text areas) a survey form without choice buttons asks (set 117)
SECTION_MAX = 600          # characters of a form's section read before it for a call to fill a survey in
FILL_NEAR = 30   # characters between a verb of filling in and a survey noun ("Aizpildiet tiešsaistes aptauju")
SITE_VISITORS_NEAR = 20   # characters from a site word to "apmeklētāju" in "Tīmekļvietnes apmeklētāju aptauja"
# (or to "apmierinātības" in "Tīmekļvietnes apmierinātības aptauja")


def _has_hint(value: str, hints: list[str]) -> bool:
    value = value.lower()
    return any(h in value for h in hints)


def _not_site_search(form: Tag | None, page_url: str) -> bool:
    """:func:`_off_site`, or a form that submits to the page it is on (a filter of that page's list, "Kolektīvu
    meklēšana" on a database page) unless the page is the search page."""
    if _off_site(form, page_url):
        return True
    if form is None or form.get("action") is None:
        return False
    target = urljoin(page_url, str(form.get("action"))).split("?")[0].split("#")[0]
    hints = vocab.load("features")["search"]["url_hints"]
    return target == page_url.split("?")[0] and urlsplit(page_url).path not in ("", "/") and not _has_hint(
        urlsplit(page_url).path, hints)


def _off_site(form: Tag | None, page_url: str) -> bool:
    """True when ``form`` submits to another site (likumi.lv's legal-act search in a header is not a
    search of this site), or to a subdomain that is another application (``hidranti.iestade.gov.lv``'s
    map): its action's host is neither the page's host, its www twin, nor a subdomain named for search
    (``meklesana.iestade.gov.lv``), nor a web search engine's form held to this site by a field naming it
    (``<input type="hidden" name="sitesearch" value="iestade.lv">`` to google.com/search, set 123)."""
    action = str(form.get("action") or "") if form is not None else ""
    host = urlsplit(urljoin(page_url, action)).hostname or ""
    own = urlsplit(page_url).hostname or ""
    if not host or host.removeprefix("www.") == own.removeprefix("www."):
        return False
    if any(own.removeprefix("www.") in str(i.get("value") or "") for i in form.find_all("input")):
        return False
    return not (same_site(host, own) and _has_hint(host.split(".")[0], vocab.load("features")["search"]["url_hints"]))


def _search_signal(soup, page_url: str) -> tuple[Tag, float, str] | None:
    """The strongest search element on a page: (element, confidence, why), or None. Forms that submit to
    another site or filter the page they are on are skipped (:func:`_not_site_search`); a form known only by posting
    to a search address counts with one text box (several query a catalogue)."""
    words = vocab.load("features")["search"]
    landmark = soup.find(attrs={"role": "search"})
    landmark_form = landmark if landmark is None or landmark.name == "form" else landmark.find("form")
    box = next(iter(text_boxes(landmark, ("search", "text"))), None) if landmark is not None else None
    if (landmark is not None and not _not_site_search(landmark_form, page_url)
            and (_named_for_search(box, landmark_form, words) if box is not None else not _picks_values(landmark))):
        return landmark, 0.98, "search landmark (role=search)"
    for box in soup.find_all("input", attrs={"type": "search"}):
        form = box.find_parent("form")
        if not _not_site_search(form, page_url) and _named_for_search(box, form, words):
            return (form or box), 0.97, "input type=search"
    for form in soup.find_all("form"):
        if _not_site_search(form, page_url):
            continue
        action = str(form.get("action") or "")
        fields = form.find_all("input")
        names = [str(f.get("name") or "").lower() for f in fields]
        texts = " ".join(
            str(f.get(a) or "") for f in fields for a in ("placeholder", "aria-label", "title", "value", "id")
        )
        labels = " ".join(lbl.get_text(" ") for lbl in form.find_all(["label", "button"]))
        if _has_hint(texts + " " + labels, words["labels"]) and any(n in words["input_names"] for n in names):
            return form, 0.95, "form with a search field and label"
        # one text box, not labelled for something else: a form of several ("Rektascensija", "Deklinācija",
        # "Rādiuss" posting to "/arhivs/meklesana/") queries a catalogue (set 145), and a box labelled "Adrese (iela,
        # mājas nr.)" posting to "/atlaujas/meklet/" looks up permits (set 158), not the site
        boxes = text_boxes(form)
        said = _box_label(boxes[0], form) if len(boxes) == 1 else ""
        if (_has_hint(action, words["url_hints"]) and len(boxes) == 1 and not _takes_numbers(boxes[0])
                and not _register_lookup(boxes[0], form) and (not said or _has_hint(said, words["labels"]))):
            return form, 0.9, f"form posting to {action!r}"
    for box in text_boxes(soup):
        if _not_site_search(box.find_parent("form"), page_url):
            continue
        hints = " ".join(str(box.get(a) or "") for a in ("placeholder", "aria-label", "title", "id", "name"))
        if _has_hint(hints, words["labels"]):
            return box, 0.85, "a box labelled as search (script-driven or plain form)"
    return None


def _named_for_search(box: Tag, form: Tag | None, words: dict) -> bool:
    """A search box that looks up the site, not a single-purpose lookup: no form or action, an action with a
    search hint, a search input name (``q``, ``s`` …) or a search label — the box's own (placeholder, aria-label,
    title, ``<label for>``) where it has one, else the form's labels and buttons ("Ievadi savu adresi" of an
    address checker posting to "/internets/" looks up connection options, not the site; nor does "Jūsu pagasts"
    with a "Meklēt" button posting to "/konsultanti/", set 108), and not a box for a number (:func:`_takes_numbers`)
    or for a register's entry (:func:`_register_lookup`)."""
    action = str(form.get("action") or "") if form is not None else ""
    name = str(box.get("name") or "").lower()
    if _takes_numbers(box) or _register_lookup(box, form):
        return False
    if not action or _has_hint(action, words["url_hints"]) or name in words["input_names"]:
        return True
    said = _box_label(box, form)
    if said:
        return _has_hint(f"{said} {box.get('id') or ''}", words["labels"])
    labels = " ".join(lbl.get_text(" ") for lbl in form.find_all(["label", "button"])) if form is not None else ""
    return _has_hint(f"{box.get('id') or ''} {labels}", words["labels"])


def _picks_values(landmark: Tag) -> bool:
    """True for a search landmark without a text box whose fields pick a date, number or list item ("Atrast novērojumu
    vakaru pēc datuma: <input type=date>", set 229): it looks up one calendar or list, not the site."""
    kinds = ("date", "month", "week", "time", "datetime-local", "number", "range")
    return bool(landmark.find("input", attrs={"type": list(kinds)}) or landmark.find("select"))


def _takes_numbers(box: Tag) -> bool:
    """True for a text box that takes a number (``inputmode`` numeric, decimal or tel; HTML Living Standard): it looks
    up a cadastre, permit or lantern number ("Meklēt meliorācijas kadastra objektu pēc kadastra apzīmējuma:", set
    164), a site search takes words."""
    return str(box.get("inputmode") or "").lower() in ("numeric", "decimal", "tel")


def _register_lookup(box: Tag, form: Tag | None) -> bool:
    """True for a text box whose label, or its form's labels and buttons, name a register (``search.register_words``):
    "Adreses meklēšana adrešu reģistrā", a "Meklēt kadastrā" button (set 178) look up one register, not the site."""
    words = vocab.load("features")["search"]["register_words"]
    buttons = [t.get_text(" ") for t in form.find_all(["label", "button"])] if form is not None else []
    values = [str(i.get("value") or "") for i in form.find_all("input", type="submit")] if form is not None else []
    return _has_hint(" ".join([_box_label(box, form), *buttons, *values]), words)


def _box_label(box: Tag, form: Tag | None) -> str:
    """A text box's own label: its placeholder, aria-label, title, ``<label for>`` text, a label ending in a colon
    right before it on its line ("Sportista uzvārds: <input …>", set 162) and, in a table layout, the cells before its
    cell in their row ("<td>Sportista uzvārds:</td><td><input …></td>"); "" when it has none."""
    own = form.find("label", attrs={"for": box.get("id")}) if form is not None and box.get("id") else None
    row = cells_before(box.parent) if box.parent is not None and box.parent.name == "td" else []
    lead = line_of(box)
    return " ".join([str(box.get(a) or "") for a in ("placeholder", "aria-label", "title")]
                    + [own.get_text(" ") if own is not None else "", lead if lead.endswith(":") else ""]
                    + [text_of(c) for c in row]).strip()


def site_search(pages: list[Page]) -> Detection:
    """M08 option 7 ("site search") over the rendered pages (DOM snapshot, else HTTP body).

    Returns ``detected`` with the element as evidence, or ``not_detected`` (confidence 0.8: a
    scripted search widget loaded from a missing asset could hide it) when no page shows one, or
    ``error`` when no page could be read.
    """
    readable = [p for p in pages if (p.dom or p.html)]
    for page in readable:
        found = _search_signal(parse(page.dom or page.html or ""), page.final_url or page.url)
        if found:
            element, confidence, why = found
            return Detection(
                "M08",
                "7",
                True,
                "detected",
                confidence,
                reason=why,
                evidence=[
                    Evidence(
                        url=page.url,
                        selector=css_selector(element),
                        snippet=snippet(element),
                        screenshot=page.screenshot,
                    )
                ],
            )
    if not readable:
        return Detection("M08", "7", None, "error", 1.0, reason="no page could be read")
    return Detection(
        "M08", "7", False, "not_detected", 0.8, reason=f"no search form on {len(readable)} pages"
    )


# --- option 1 (and M07 option 2): surveys -------------------------------------------------------------


def surveys(site: SiteView) -> tuple[list[tuple[Evidence, str]], list[Evidence]]:
    """(strong, weak) survey evidence; each strong one with its subject (:func:`_subject`: "site",
    "service" or "other"). Strong: a form with choice fields on a page (title, h1) or under a heading, or
    with its own text, naming a survey — not survey results (``survey.not_labels``), nor a page-rating form
    (:func:`rating_forms`: its stars under a survey's heading); an embedded or linked
    survey service (``survey.hosts``; not on a page headed as its results, nor a link to a closed form,
    ``survey.closed_links``). Weak: a link labelled as a survey whose target was not crawled (or
    shows no form). A link that names a registration or an application form, or a form headed so
    ("Pieteikuma anketa"), is neither (``survey.not_survey_links``: "reģistrācijas anketa" on forms.office.com)."""
    if "surveys" not in site.memo:
        site.memo["surveys"] = _surveys(site)
    return site.memo["surveys"]


def _subject(heads: str, first: str) -> str:
    """What a survey asks about: "service" when its heading names the customer service
    (``survey.about_service``) and not the website's visitors or their satisfaction (``survey.site_visitors`` right
    after a site word: "Tīmekļvietnes apmeklētāju aptauja" and "Tīmekļvietnes apmierinātības aptauja" ask about the
    site, "Muzeja apmeklētāju aptauja" about the visit), "site" when its heading or first question names the website
    (``survey.about_site``), else "other" (a policy question)."""
    words = vocab.load("features")["survey"]
    site_visitors = near(fold(heads), words["about_site"], words["site_visitors"], SITE_VISITORS_NEAR)
    if find_term(heads, words["about_service"]) and not site_visitors:
        return "service"
    if find_term(f"{heads} {first}", words["about_site"]):
        return "site"
    return "service" if find_term(first, words["about_service"]) else "other"


def site_survey_heading(heads: str) -> bool:
    """True when a heading names a survey (``survey.labels``) of the website or of the customer service
    (:func:`_subject`): such a survey's "Jūsu ieteikumi …" field is feedback, not a form for proposals (M07.6)."""
    return bool(find_term(heads, vocab.load("features")["survey"]["labels"])) and _subject(heads, "") != "other"


def _surveys(site: SiteView) -> tuple[list[tuple[Evidence, str]], list[Evidence]]:
    words = vocab.load("features")["survey"]
    strong: list[tuple[Evidence, str]] = []
    weak: list[Evidence] = []
    for view in site.pages:
        rating = rating_forms(view)      # "Novērtējiet šo lapu: ★★★★★" under a survey's heading is no survey form
        for form in view.body_soup.find_all("form"):
            if any(form is r for r in rating):
                continue
            choices = form.find_all("input", attrs={"type": ["radio", "checkbox"]})
            heads = view.heading + " " + title_before(form)
            named = (find_term(heads + " " + text_of(form)[:400], words["labels"]) or _rating_questionnaire(form, heads)
                     or _fill_call(_section_before(form)))
            asks = len(choices) >= 2 or _questions(form) >= SURVEY_QUESTIONS   # choices, or lists to pick from
            if (asks and named and not find_term(heads, words["not_labels"])
                    and not find_term(title_before(form), words["not_survey_links"])):
                strong.append((evidence(view, form), _subject(heads, text_of(form)[:FIRST_QUESTION])))
        for frame in view.body_soup.find_all("iframe", src=True):
            if any(h in str(frame["src"]).lower() for h in words["hosts"]):
                strong.append((evidence(view, frame, f"embedded survey {frame['src']}"), _subject(view.heading, "")))
        for a, href, label in view.anchors:
            if find_term(label, words["not_survey_links"], folded=True):
                continue
            if any(h in href.lower() for h in words["hosts"]):
                if find_term(view.heading, words["not_labels"]) or any(c in href for c in words["closed_links"]):
                    continue    # the form of a survey whose results the page reports, or one the service closed
                strong.append((evidence(view, a, f"{text_of(a)} → {href}"), _link_subject(view, a)))
            elif find_term(label, words["labels"], folded=True) and not find_term(
                label, words["not_labels"], folded=True
            ):
                url = view.resolve(href)
                if _called_off_site(view, a, url):
                    strong.append((evidence(view, a, f"{text_of(a)} → {href}"), _link_subject(view, a)))
                elif site.by_url(url) is None and not site.is_document(url):   # a PDF of results is no survey
                    weak.append(evidence(view, a, f"{text_of(a)} → {href} (not crawled)"))
    return strong, weak


def _section_before(form: Tag) -> str:
    """The text between a form and the heading it sits under (its previous siblings, at most ``SECTION_MAX``
    characters): "<h2>Kā piedalīties</h2><ol><li>… Aizpildiet aptauju zemāk …</li></ol><p>…</p><form>" names the form
    a survey (set 171)."""
    parts: list[str] = []
    for sibling in form.find_previous_siblings():
        if sibling.name in HEADING_TAGS:
            break
        parts.append(text_of(sibling))
    return " ".join(reversed(parts))[-SECTION_MAX:]


def _fill_call(text: str) -> bool:
    """True when ``text`` asks to fill a survey in: a verb of ``survey.fill_calls`` within ``FILL_NEAR`` characters of
    a survey noun ("Aizpildiet aptauju", "Aizpildiet tiešsaistes aptauju zemāk", set 185; "take our short survey")."""
    calls = vocab.load("features")["survey"]["fill_calls"]
    return near(text, calls["verbs"], calls["nouns"], FILL_NEAR, folded=False)


def _called_off_site(view: PageView, a: Tag, url: str) -> bool:
    """True when survey link ``a`` leaves the site and its block asks to fill the survey in (:func:`_fill_call`:
    "Aizpildiet aptauju līdz …: <a>ej.uz/…-aptauja</a>", a shortened address, set 163): a survey another service
    hosts, as a known survey host's link is."""
    own = urlsplit(view.url).hostname or ""
    return (not same_site(urlsplit(url).hostname or own, own) and a.parent is not None
            and _fill_call(text_of(a.parent)))


def _link_subject(view: PageView, a: Tag) -> str:
    """What a linked survey asks about (:func:`_subject`): by the link's own heading and text ("Novērtējiet mūsu
    klientu apkalpošanu"), else with the page's title too — a sidebar's "Palīdziet mums uzlabot mājaslapu" asks
    about the site on a page titled "Maksa un apmeklējumi" (set 94)."""
    own = _subject(f"{title_before(a)} {text_of(a)}", _link_context(a))
    return own if own != "other" else _subject(f"{view.heading} {title_before(a)} {text_of(a)}", _link_context(a))


def _link_context(a: Tag) -> str:
    """What a survey link's passage says (≤ ``FIRST_QUESTION`` × 3 characters): the link's own text (a tile
    "Novērtējiet mūsu tīmekļvietni! Īsa aptauja …" in a row of tiles), its block, and the blocks before and
    after it when the link stands alone ("Atbildiet uz 8 jautājumiem par vietni …" then "Aizpildīt aptauju";
    a tile's title "Skatītāju aptauja" then "Kā jums klājās mūsu teātrī? …"), the block's own words first (a grid of
    service tiles before the strip "Jūsu viedoklis par jauno tīmekļvietni: piedalieties … aptaujā – <a>atvērt
    anketu</a>" would push the strip's words out, set 194)."""
    block = a.parent
    if block is None:
        return ""
    text = text_of(block)
    if len(text) < FIRST_QUESTION:
        before, after = block.find_previous_sibling(), block.find_next_sibling()
        text = " ".join(text_of(t) if t is not None else "" for t in (block, before, after)).strip()
    return f"{text_of(a)} {text}"[: FIRST_QUESTION * 3]


def _rating_questionnaire(form: Tag, heads: str) -> bool:
    """A form of three or more questions (choice groups, selects, text areas) under a heading that invites
    rating the site ("Novērtējiet mūsu tīmekļvietni"): a survey even when no heading says "aptauja"."""
    return _questions(form) >= 3 and rating_heading(heads)


def survey_detection(site: SiteView, item: str, option: str) -> Detection:
    """Survey detection for M08 option 1 and M07 option 2: strong evidence decides, weak asks for review.
    M07 option 2 (an e-participation tool) leaves out surveys about the website (seed: survey forms on 14 %
    of sites, online surveys among the e-participation tools on 2 %, L1153, L1557)."""
    found, weak = surveys(site)
    strong = [e for e, subject in found if item != "M07" or subject != "site"]
    if strong:
        return detected(item, option, 0.9, "survey form or survey service on the site", strong[:5])
    if weak:
        return review(
            item, option, "a link is labelled as a survey but its target was not crawled", proof=weak[:5]
        )
    return not_detected(item, option, 0.8, f"no survey form or survey link on {len(site.pages)} pages")


# --- options 2 and 8: rating and feedback ---------------------------------------------------------------


def _rating(site: SiteView) -> list[Evidence]:
    """Invitations to rate the site or page: a rating phrase (not in a block that names a survey: "Vai atradāt
    meklēto? Aizpildiet īsu aptauju par mūsu tīmekļvietni" is the survey's teaser, M08.1, set 158), a rating verb
    near "page"/"site", or a page-feedback widget (:func:`_usefulness_widget`), else a link whose text has the verb
    near "site"; the first per page."""
    words = vocab.load("features")["rating"]
    survey_words = vocab.load("features")["survey"]["labels"]
    found = []
    for view in site.pages:
        for tag, text in sorted(view.blocks, key=lambda b: len(b[1])):
            if not _in_questionnaire(tag) and (       # a survey's "Vai atradāt meklēto?" is one of its questions
                (find_term(text, words["phrases"], folded=True) and not find_term(text, survey_words, folded=True))
                or (len(text) <= 200 and near(text, words["verbs"], words["objects"], RATING_NEAR))
                or _usefulness_widget(tag, text, words)
            ):
                found.append(evidence(view, tag))
                break
        else:
            tile = next((a for a, _, label in view.anchors
                         if len(label) <= 200 and near(label, words["verbs"], words["objects"], RATING_NEAR)), None)
            if tile is not None:      # a link tile "Novērtējiet mūsu tīmekļvietni!" (its text is no block)
                found.append(evidence(view, tile))
    return found


def _usefulness_widget(tag: Tag, text: str, words: dict) -> bool:
    """A short block asking whether the page was useful ("…?" or a rating verb, with a usefulness word:
    "Novērtējiet, vai šajā lapā atradāt …") that offers at least two yes/no answers or a star scale
    (buttons, links, radio inputs), or a star vote: a rating verb over a scale of stars to choose from (Joomla's
    "Lūdzu, novērtējiet" with "1 zvaigzne … 5 zvaigznes" and "Novērtēt", set 114; five star buttons under
    "Novērtējiet šo pakalpojumu", set 174)."""
    asks = "?" in text or find_term(text, words["verbs"], folded=True)
    if len(text) > 300 or not asks or _in_questionnaire(tag):
        return False
    scale = (len(tag.find_all("input", attrs={"type": "radio"})) >= 3 or len(tag.find_all("option")) >= 3
             or len(tag.find_all("button")) >= 3)    # star buttons: "Novērtējiet šo pakalpojumu ★★★★★", set 174
    if scale and find_term(text, words["verbs"], folded=True) and find_term(text, words["stars"], folded=True):
        return True
    if not find_term(text, words["question"], folded=True):
        return False
    yes_no = {fold(a) for a in words["answers"]}
    controls = tag.find_all(["button", "a", "input", "label"])
    labels = [fold(text_of(c) or str(c.get("value") or c.get("aria-label") or "")).strip(" .!") for c in controls]
    answers = sum(1 for label in labels if label in yes_no)
    stars = len(tag.find_all("input", attrs={"type": "radio"})) >= 3 or find_term(text, words["stars"], folded=True)
    return answers >= 2 or bool(stars)


def rating_forms(view: PageView) -> list[Tag]:
    """A page's page-rating forms: short forms (≤ 300 characters) of fewer than three questions that invite
    rating the page ("Novērtējiet šīs lapas saturu ★★★★★" with a "Komentārs" field; "Vai šī lapa bija noderīga?
    Jā / Nē"). Their text area is feedback on the page (M08.8), not where to take part in an issue (M06).
    Read once per page (kept in ``view.memo``): the survey and participation checks both ask."""
    if "rating_forms" not in view.memo:
        words = vocab.load("features")["rating"]
        view.memo["rating_forms"] = [
            form for form in view.body_soup.find_all("form")
            if _rating_form(form, fold(text_of(form)), words)
        ]
    return view.memo["rating_forms"]


def rating_heading(heading: str) -> bool:
    """True when a heading invites rating the page (``rating.phrases``, or a rating verb near the page or site):
    a form under "Vai šī lapa bija noderīga?" is the page's feedback widget, whatever the page is about (set 177)."""
    words = vocab.load("features")["rating"]
    text = fold(heading)
    return bool(find_term(text, words["phrases"], folded=True) or near(text, words["verbs"], words["objects"],
                                                                       RATING_NEAR))


def _rating_form(form: Tag, text: str, words: dict) -> bool:
    """True for a short form (folded ``text`` ≤ 300 characters) of fewer than three questions, with a scale rather
    than worded answers, that invites rating the page (:func:`rating_forms`)."""
    return len(text) <= 300 and _questions(form) < 3 and not _worded_answers(form, words) and bool(
        find_term(text, words["phrases"], folded=True)
        or near(text, words["verbs"], words["objects"], RATING_NEAR)
        or _usefulness_widget(form, text, words)
    )


def _worded_answers(form: Tag, words: dict) -> bool:
    """True when a form's choices are worded answers ("Ļoti laba, viss viegli atrodams", "Apmierinoša"): a poll, not
    a rating scale of stars, numbers or yes / no. A choice's words are a ``<label>`` that is not a text field's
    (:func:`_field_label`)."""
    yes_no = {fold(a) for a in words["answers"]}
    labels = [fold(text_of(label)).strip(" .!") for label in form.find_all("label") if not _field_label(form, label)]
    return any(any(c.isalpha() for c in label) and label not in yes_no for label in labels)


def _field_label(form: Tag, label: Tag) -> bool:
    """True when a label names or holds a field other than a choice: a text area, a select or a text input
    ("<label for="kom">Komentārs</label>")."""
    fields = [f for f in form.find_all(["textarea", "select", "input"]) if f.get("type") not in ("radio", "checkbox")]
    return any(f.get("id") and str(f.get("id")) == str(label.get("for")) for f in fields) or any(
        f in fields for f in label.find_all(["textarea", "select", "input"]))


def _in_questionnaire(tag: Tag) -> bool:
    """True when ``tag`` is, holds or sits in a form that asks three or more questions (:func:`_questions`; a
    survey's "Was the information clear? Yes / No" or its fieldset "Kā vērtējat termināļa tīrību? Labi / Vidēji
    / Slikti" is not a page-rating widget)."""
    form = tag if tag.name == "form" else (tag.find_parent("form") or tag.find("form"))
    return form is not None and _questions(form) >= 3


def _questions(form: Tag) -> int:
    """How many questions a form asks: its answer fields (:func:`answer_fields`), or its fieldsets' legends when it
    has more ("Kādus jaunus galamērķus vēlētos redzēt?" over a text field)."""
    return max(answer_fields(form), len(form.find_all("legend")))


def answer_fields(form: Tag) -> int:
    """How many answers a form takes beyond a name and an address: its choice groups (radio / checkbox names), its
    select lists, its text areas and its scales (a range, or a number with a minimum and a maximum: "Cik apmierināts
    esat ar apkalpošanu? (1–5)", set 138) (HTML Living Standard's form controls; a text input alone may be a
    sign-up)."""
    groups = {str(i.get("name")) for i in form.find_all("input", attrs={"type": ["radio", "checkbox"]})}
    scales = [i for i in form.find_all("input", attrs={"type": ["range", "number"]})
              if i.get("type") == "range" or (i.get("min") is not None and i.get("max") is not None)]
    return len(groups) + len(form.find_all(["select", "textarea"])) + len(scales)


def _feedback(site: SiteView) -> list[Evidence]:
    """Feedback links (by their label, or by their line: "Jūsu atsauksmes … par šo mājas lapu sūtiet …: <a>"),
    short passages with a feedback phrase and a link or button ("Pamanījāt kļūdu? Ziņojiet mums"), and forms
    headed as feedback (page heading, nearest heading or summary, legend; not the page heading over a form the homepage
    repeats: a sidebar's newsletter sign-up on the page "Atsauksmes", set 194); not press reviews
    (``feedback.not_labels``), nor a link to a crawled page that offers no way to give any (:func:`_leads_nowhere`),
    nor a passage whose only feedback words are such a link's (liepajasrehabilitacija of set 119)."""
    words = vocab.load("features")["feedback"]
    labels = words["labels"]
    found = []
    for view in site.pages:
        for a, _href, label in view.anchors:
            line = fold(line_of(a))
            if any(len(t) <= limit and find_term(t, labels, folded=True)
                   and not find_term(t, words["not_labels"], folded=True)
                   for t, limit in ((label, LABEL_MAX), (line, PASSAGE_MAX))) and not _leads_nowhere(site, view, a):
                found.append(evidence(view, a))
        for tag, text in sorted(view.blocks, key=lambda b: len(b[1])):
            if len(text) > PASSAGE_MAX or tag.name == "nav" or in_breadcrumb(tag) or not tag.find(["a", "button"]):
                continue
            named = [a for a in tag.find_all("a", href=True) if find_term(text_of(a), labels)]
            dead = [a for a in named if _leads_nowhere(site, view, a)]
            for a in dead:   # a menu's "Atsauksmes" to a page of quotes, beside its search button, says nothing
                text = text.replace(fold(text_of(a)), " ")
            if (find_term(text, labels, folded=True) and not find_term(text, words["not_labels"], folded=True)
                    and (tag.find("button") or len(dead) < len(named) or not named)):
                found.append(evidence(view, tag))
        for form in view.body_soup.find_all("form"):
            if _search_form(form):
                continue
            # the header's search box is no feedback, nor a sidebar's sign-up the homepage repeats under "Atsauksmes",
            # nor a chat widget's question form after that page's content (its nearest heading is the page's, set 200)
            repeated = in_chrome(form) or (not view.is_home and fold(text_of(form.parent)) in site.home_blocks)
            head = heading_before(form)
            if repeated and fold(head) not in site.home_blocks:
                head = ""
            own = f"{head} {text_of(form)[:300]}"
            context = own if repeated else f"{view.heading} {own}"
            if form.find(["textarea", "input"]) and find_term(context, labels):
                found.append(evidence(view, form))
    return found


def _leads_nowhere(site: SiteView, view: PageView, a: Tag) -> bool:
    """True when link ``a`` opens a crawled page (it may be its own) that offers no way to give feedback: no form
    (a search form is none: set 117's header search box outside ``<header>``) and no e-mail link outside its header,
    footer and menus and the blocks the homepage repeats ("Tirgotāju atsauksmes", a page of traders' quotes, set 110;
    a guestbook closed for entries above a table layout's footer row, set 122; a WordPress sidebar's "Jaunumu
    abonēšana" form beside a page of customers' quotes, set 194)."""
    target = site.by_url(view.resolve(str(a.get("href") or "")))
    if target is None:
        return False
    if "offers_feedback" not in target.memo:   # a footer link repeats on every page: read its target once
        forms = any(not in_chrome(f) and not _search_form(f)
                    and fold(text_of(f.parent)) not in site.home_blocks   # a sidebar's newsletter sign-up (set 194)
                    for f in target.body_soup.find_all("form"))
        mail = any(h.lower().startswith("mailto:") and not in_chrome(t)
                   and fold(text_of(t.parent)) not in site.home_blocks   # a table layout's footer row
                   for t, h, _ in target.anchors)
        target.memo["offers_feedback"] = forms or mail
    return not target.memo["offers_feedback"]


def _search_form(form: Tag) -> bool:
    """True for a search form (``role=search`` or a search input, HTML Living Standard; or one text box and no text
    area posting to a search address, ``search.url_hints``: "/meklesana/", set 140): it takes no feedback, though a
    header outside ``<header>`` puts it on a page headed "Apmeklētāju atsauksmes" (set 117)."""
    if form.get("role") == "search" or form.find("input", attrs={"type": "search"}) is not None:
        return True
    boxes = text_boxes(form)
    return (len(boxes) == 1 and form.find("textarea") is None
            and _has_hint(str(form.get("action") or ""), vocab.load("features")["search"]["url_hints"]))


# --- options 3 and 4: homepage structure -----------------------------------------------------------------


def _home_labels(home: PageView) -> list[tuple[Tag, str]]:
    """Short link, heading (also a bold block heading, :func:`is_bold_heading`), button and tab labels
    of the homepage, and the accessible names of its sections (``<section aria-label="Darbības virzieni">``
    over four accordions names them for a screen reader as a heading does for the eye), folded."""
    out = []
    for tag in home.body_soup.find_all(["a", "h2", "h3", "h4", "h5", "h6", "button", "summary", "b", "strong",
                                        "section"]):
        if tag.name in ("b", "strong") and not is_bold_heading(tag):
            continue
        if tag.name == "section":
            name = str(tag.get("aria-label") or "")
            if 0 < len(name) <= LABEL_MAX:
                out.append((tag, fold(name)))
            continue
        text = (_card_title(tag) if tag.name == "a" else text_of(tag)) or str(tag.get("aria-label") or "")
        if 0 < len(text) <= LABEL_MAX:
            out.append((tag, fold(text)))
    return out


def _audiences(home: PageView) -> dict[str, Evidence]:
    """Audience labels of the homepage: vocabulary labels (``audiences.core``), or a group of at least
    ``audiences.group_min`` sibling links named in the Latvian dative plural ("Lauksaimniekiem",
    "Pašvaldībām", "Ģimenēm": "for farmers, municipalities, families"), the form audience menus take."""
    words = vocab.load("features")["audiences"]
    found: dict[str, Evidence] = {}
    for tag, label in _home_labels(home):
        term = leading_term(label, words["core"])
        if term and term not in found:
            found[term] = evidence(home, tag)
    if len(found) < words["min_distinct"]:
        found.update(_dative_group(home, words, words["group_min"]))
    if len(found) < words["min_distinct"]:
        found.update(_asked_group(home, words["headings"], words["group_min"]))
    return found


def _asked_group(home: PageView, headings: list[str], minimum: int) -> dict[str, Evidence]:
    """Links, or else accordion titles (``<summary>``: "Dzīvokļa īpašnieks", "Pašvaldības dzīvokļa īrnieks" over
    their "Vairāk" links), at least ``minimum`` of them, in the list or block right after a heading that asks who
    the visitor is ("Kas Jūs esat?"; after a bid: "Izvēlieties, kas Jūs esat"), or in the accordions that follow
    it."""
    asked = {fold(h) for h in headings}
    for head in home.body_soup.find_all(["h2", "h3", "h4"]):
        if fold(text_of(head)).rsplit(",", 1)[-1].strip(" ?!:.") not in asked:
            continue
        for labels in _asked_labels(head):
            found = {fold(text_of(t)): evidence(home, t) for t in labels}
            if len(found) >= minimum:
                return found
    return {}


def _asked_labels(head: Tag) -> Iterator[list[Tag]]:
    """The candidate answers under an asking heading, read only as far as needed: the links of the block right after
    it, that block's accordion titles, then the titles of the accordions that follow the heading."""
    block = head.find_next_sibling(["ul", "ol", "div", "nav"])
    if block is not None:
        yield block.find_all("a", href=True)
        yield block.find_all("summary")
    yield [d.summary for d in head.find_next_siblings("details") if d.summary is not None]


def _dative_lead(title: str, words: dict) -> bool:
    """True when a dative plural is among a title's first three words (``audiences.dative_endings``: "Ģimenēm ar
    bērniem krīzē") or is its last, the head noun after its genitives ("Zemes un mājokļu īpašniekiem", set 164)."""
    said = title.split()
    return any(w.lower().endswith(tuple(words["dative_endings"])) for w in said[:3] + said[-1:])


def _situation(title: str, words: dict) -> bool:
    """True when a title addresses the visitor in a situation (``audiences.situations``: "Ja tev šonakt nav kur
    palikt", set 156)."""
    return bool(leading_term(fold(title), words["situations"]))


def _for_audience(title: str, words: dict) -> bool:
    """True when a title names an audience: :func:`_dative_lead` or :func:`_situation`."""
    return _dative_lead(title, words) or _situation(title, words)


def _dative_group(home: PageView, words: dict, minimum: int) -> dict[str, Evidence]:
    """The largest group of links or card headings (a card link's title) naming an audience: ≤ 5 words led by a
    dative (:func:`_dative_lead`), or a situation of any length (:func:`_situation`), grouped by the list, table or
    navigation that holds them, else by the nearest element that holds two of them ("Latvijas pilsoņiem un
    nepilsoņiem", "Ārzemniekiem", "Patvēruma meklētājiem" in a table's rows; "Jaunajiem uzņēmējiem" cards; "Zemes
    īpašniekiem" column headings; "Spēlētājiem" panel titles over a button; "<b>Lauksaimniekiem</b><br>…" cell
    titles; accordion titles "Iemītnieku tuviniekiem", "Brīvprātīgajiem un praktikantiem"; not an FAQ's questions; a
    sidebar's boxes, one table each, titled "Informācija vecākiem", "… audzēkņiem", "… treneriem"; a table's column
    headers over links, :func:`_heads_links`)."""
    found = []
    for tag in home.body_soup.find_all(TITLES):
        if (tag.name == "a" and not tag.get("href")) or (tag.name != "a" and (tag.find_parent("a") or tag.find("a"))):
            continue
        if (tag.name in ("b", "strong") and not _leads_block(tag)) or (tag.name == "th" and not _heads_links(tag)):
            continue
        title = _card_title(tag)
        short_dative = 1 <= len(title.split()) <= 5 and _dative_lead(title, words)
        if (short_dative or _situation(title, words)) and not title.endswith("?"):   # not an FAQ's "Kā pieteikties …?"
            found.append(tag)
    groups: dict[int, list] = {}
    for tag in found:
        holder = tag.find_parent(GROUPS)
        if holder is None or not any(t is not tag and any(p is holder for p in t.parents) for t in found):
            holder = _common_holder(tag, found)      # none, or a box of its own ("<table class=kaste>" per title)
        groups.setdefault(id(holder), []).append(tag)
    best = max(groups.values(), key=len, default=[])
    return {fold(_card_title(t)): evidence(home, t) for t in best} if len(best) >= minimum else {}


def _heads_links(th: Tag) -> bool:
    """True for a table's column header whose cells in the next row (the columns it spans, ``colspan`` counted) hold
    links: "Klausītājiem | Reklāmdevējiem | Skolām un biedrībām" over each audience's links (set 171), not a price
    table's "Pieaugušajiem | Senioriem" over prices."""
    row = th.find_parent("tr")
    below = row.find_next_sibling("tr") if row is not None else None
    if below is None or th.parent is not row:
        return False
    start, end = next((a, b) for a, b, cell in _columns(row) if cell is th)
    return any(a < end and start < b and cell.find("a", href=True) is not None for a, b, cell in _columns(below))


def _columns(row: Tag) -> list[tuple[int, int, Tag]]:
    """The cells of table row ``row`` with the columns each covers, [start, end) counted with ``colspan``."""
    spans, at = [], 0
    for cell in row.find_all(["th", "td"], recursive=False):
        span = int(cell["colspan"]) if str(cell.get("colspan", "")).isdigit() else 1
        spans.append((at, at + max(span, 1), cell))
        at += max(span, 1)
    return spans


def _leads_block(tag: Tag) -> bool:
    """True for bold text that opens its block as its title ("<td><b>Lauksaimniekiem</b><br>…</td>")."""
    parent = tag.parent
    return parent is not None and parent.name in ("td", "div", "p", "li") and text_of(parent).startswith(text_of(tag))


def _common_holder(tag: Tag, found: list[Tag]) -> Tag | None:
    """The nearest ancestor of ``tag`` (up to six levels: a Bootstrap card's title link sits five deep under its
    row) that holds another element of ``found`` of the same kind (headings group with headings, links with
    links: a panel's title and its button are one card)."""
    others = {id(t) for t in found if t is not tag and t.name == tag.name}
    node = tag.parent
    for _ in range(6):
        if node is None:
            return tag.parent
        if any(id(d) in others for d in node.find_all(TITLES)):
            return node
        node = node.parent
    return tag.parent


def _card_title(a: Tag) -> str:
    """A link's own title: the heading, bold text or element classed as a title inside a card link,
    else the link's text."""
    title = a.find(["h2", "h3", "h4", "strong", "b"]) or a.find(class_=lambda c: bool(c) and "title" in c)
    return text_of(title or a)


def _areas(home: PageView) -> list[Evidence]:
    """Homepage labels that name areas of activity (``areas.labels``), also after a possessive ("Mūsu darbības jomas"),
    headings that are exactly such a word (``areas.whole_labels``: "Nozares"; not a mega-menu column's "Darbība", set
    112, nor a menu's bare link to a page of that name, pavilostasosta of set 115), and short labels ending in one
    (``areas.last_words``: "Izmeklēšanas jomas", "Pētniecības virzieni"; not a footer's link "Iestādes darbība" to the
    about page, liepajasstadions of set 162)."""
    words = vocab.load("features")["areas"]
    possessives = tuple(fold(p) + " " for p in words["possessives"])
    whole = {fold(w) for w in words["whole_labels"]}
    last = {fold(w) for w in words["last_words"]}
    found = []
    for tag, label in _home_labels(home):
        for prefix in possessives:
            label = label.removeprefix(prefix)
        label_words = label.strip(" :").split()
        menu_link = tag.name == "a" and in_chrome(tag)    # a menu's or footer's link names a page, not a section
        heading = tag.name != "a" and not in_chrome(tag)
        named = (leading_term(label, words["labels"]) or (label.strip(" :") in whole and heading)
                 or (2 <= len(label_words) <= 3 and label_words[-1] in last and not menu_link))
        if named and not _tag_cloud(tag, words):
            found.append(evidence(home, tag))
    return found


def _tag_cloud(tag: Tag, words: dict) -> bool:
    """True when the block right after a heading is a tag cloud: tags and little else (four fifths of its text; a tag
    is a link or an element named for tags, ``<span class="tag">Venta</span>`` without a page, set 179), one link to a
    tag page (``areas.tag_url_hints``: Drupal's ``/taxonomy/term/``, WordPress's ``/tag/``) or the block or the
    heading's holder named for tags (``areas.tag_class_words``: "block-taxonomy", "field-name-field-tags",
    jelgavasatkaribas of set 148) — a sidebar's "Tēmas" names the news' tags, not areas of activity (rigasvidusskola
    of set 125), while described area cards whose "Vairāk" opens a tag page are areas (jelgavastautasnams of set
    130)."""
    block = tag.find_next_sibling() if tag.name != "a" else None
    if block is None:
        return False
    tags = name_pattern(words["tag_class_words"])
    links = block.find_all("a", href=True)
    unlinked = [t for t in block.find_all(lambda t: has_name(t, tags)) if not (t.find("a") or t.find_parent("a"))]
    linked = sum(len(text_of(t)) for t in links + unlinked)
    return linked * 5 >= len(text_of(block)) * 4 and (
        any(any(h in urlsplit(str(a["href"])).path.lower() for h in words["tag_url_hints"]) for a in links)
        or any(has_name(t, tags) for t in (block, tag.parent) if t is not None))


def _topic_cards(home: PageView) -> list[tuple[Tag, str]]:
    """The homepage's opening grid of topic cards as (card, title), or []: at least ``areas.cards_min``
    sibling cards (table cells count as siblings, :func:`_topic_card`) making up three quarters of their
    holder, outside the header, footer and navigation, opening the page's content (:func:`_opening_grid`: an
    unheaded grid right under the masthead is how sites lay out their areas of work, nkc, vmd, augi of the
    blind sets) or, anywhere, three quarters of them titled by policy areas (``areas.area_names``: "Izglītība",
    "Sociālā aizsardzība", "Pilsētas attīstība"), and not named for audiences (dative plural) or for tasks
    (:func:`_task_title`)."""
    words = vocab.load("features")
    for holder in home.body_soup.find_all(["div", "section", "ul", "table", "main"]):
        kids = holder.find_all("td") if holder.name == "table" else holder.find_all(True, recursive=False)
        cards = [(k, title) for k in kids if (title := _topic_card(k, words["areas"]["card_title_words"]))]
        if len(cards) < words["areas"]["cards_min"] or len(cards) * 4 < len(kids) * 3 or in_chrome(holder):
            continue
        named = sum(bool(find_term(title, words["areas"]["area_names"])) for _, title in cards)
        if not (_opening_grid(holder, words["areas"]["not_area_headings"]) or named * 4 >= len(cards) * 3):
            return []
        datives = sum(_for_audience(title, words["audiences"]) for _, title in cards)
        tasks = sum(_task_title(title, words["areas"]) for _, title in cards)
        return [] if datives * 2 >= len(cards) or tasks * 2 >= len(cards) else cards
    return []


def _task_title(title: str, words: dict) -> bool:
    """True when a card title names a task or a section of the site, not an area: it starts with a verb (an
    infinitive or an imperative, ``areas.task_verb_endings``: "Pārvaldīt rezervāciju", "Reģistrējieties
    lidojumam") or names an online task or a site section (``areas.task_words``: "Biļetes — tiešsaistē dažās
    minūtēs", "Par teātri", "Skatītāju aptauja"), or is just a section's name (``areas.task_titles``: "Pakalpojumi",
    "Konsultācijas", "Atvērtie dati")."""
    first = fold(title).split()[0].strip(".,:!?—-")
    return (first.endswith(tuple(words["task_verb_endings"])) or bool(find_term(title, words["task_words"]))
            or exact_term(title, words["task_titles"]))


def _opening_grid(holder: Tag, not_areas: list[str]) -> bool:
    """True when a card grid opens the page's content: no h2/h3 before it outside the header and navigation,
    or only its own heading, which names no news, services, links or events (``areas.not_area_headings``:
    "Rūpnieciskā īpašuma objekti" over patents, trade marks and designs opens a site by its areas; "Populārākie
    e-pakalpojumi" does not)."""
    heads = [h for h in holder.find_all_previous(["h2", "h3"]) if not in_chrome(h)]
    if not heads:
        return True
    return len(heads) == 1 and heads[0].parent is holder.parent and not find_term(text_of(heads[0]), not_areas)


def _topic_card(tag: Tag, max_words: int) -> str:
    """The title of a card, or "": a title (heading, bold or ``*title*`` class) of ≤ ``max_words`` words, a
    link (in it, or the card is one: ``<a class="tile"><span class="tile-title">…``, set 137), and a description of
    three words or more, without a date (news cards carry dates)."""
    title = tag.find(["h2", "h3", "h4", "h5", "strong", "b"]) or tag.find(class_=lambda c: bool(c) and "title" in c)
    if title is None or (tag.find("a", href=True) is None and not (tag.name == "a" and tag.get("href"))):
        return ""
    head, whole = text_of(title), text_of(tag)
    rest = whole.replace(head, "", 1).split()
    return head if 1 <= len(head.split()) <= max_words and len(rest) >= 3 and not dated(whole) else ""


def _areas_detection(home: PageView) -> Detection:
    """M08 option 4: a labelled areas-of-activity section, else (weaker) an unheaded grid of topic cards or a
    column of headings that name policy areas."""
    areas = _areas(home)
    if areas:
        return detected("M08", "4", 0.85, "homepage section by areas of activity", areas[:3])
    cards = _topic_cards(home)
    if cards:
        titles = ", ".join(title for _, title in cards[:6])
        reason = f"homepage opens with {len(cards)} unheaded topic cards, read as areas of activity: {titles}"
        return detected("M08", "4", 0.6, reason, [evidence(home, c) for c, _ in cards[:3]])
    heads = _area_headings(home)
    if heads:
        reason = f"{len(heads)} headings of one column name policy areas: " + ", ".join(text_of(h) for h in heads[:6])
        return detected("M08", "4", 0.6, reason, [evidence(home, h) for h in heads[:3]])
    return not_detected("M08", "4", 0.75, "no 'areas of activity' section on the homepage")


def _area_headings(home: PageView) -> list[Tag]:
    """At least ``areas.cards_min`` short headings (or bold block headings) in one column of the homepage's
    content, each naming a policy area (``areas.area_names``: "<b>Izglītība</b> … <b>Sociālais dienests</b>"
    in a table cell), else []."""
    words = vocab.load("features")["areas"]
    columns: dict[int, list[Tag]] = {}
    for tag, label in _home_labels(home):
        if (tag.name in ("a", "button", "section") or in_chrome(tag) or len(label.split()) > 4
                or not find_term(label, words["area_names"], folded=True)):
            continue
        columns.setdefault(id(tag.find_parent(["td", "div", "section", "main"])), []).append(tag)
    best = max(columns.values(), key=len, default=[])
    return best if len(best) >= words["cards_min"] else []


# --- options 5 and 6: languages and news -----------------------------------------------------------------


def _english(site: SiteView) -> Detection:
    home = site.home
    home_lang, how = page_language(home)
    alternates = {v.code: v for v in versions(site)}
    has_lv = home_lang == "lv" or "lv" in alternates
    en = alternates.get("en")
    if not has_lv:
        return not_detected(
            "M08",
            "5",
            0.8,
            f"the homepage is in {home_lang or 'an unknown language'} ({how}) and links no Latvian version",
        )
    if en is None:
        return not_detected(
            "M08", "5", 0.85, "the homepage links no English version (hreflang, switcher, /en/)"
        )
    proof = [evidence(home, en.element, f"{text_of(en.element) if en.element else 'hreflang'} → {en.url}")]
    if en.view is None:
        return review("M08", "5", f"an English version is linked ({en.url}) but was not crawled", proof=proof)
    how = page_language(en.view)[1]
    lang = _language_of(home, en.view)
    proof.append(evidence(en.view, None, en.view.text[:200]))
    stub = _stub(site, en.view, "en")
    if lang == "en" and stub:
        return not_detected("M08", "5", 0.75, f"the English version is a stub ({stub}), not translated core "
                            "content (seed L8100)", proof=proof)
    if lang == "en":
        return detected(
            "M08",
            "5",
            0.95 if how == "text" else 0.8,
            f"Latvian homepage and an English version in English ({how})",
            proof,
        )
    if lang is None or how != "text":
        return review(
            "M08", "5", "the English version has too little text to confirm its language", proof=proof
        )
    return not_detected("M08", "5", 0.85, f"the 'English' version's text is in {lang}", proof=proof)


def _language_of(home: PageView, view: PageView) -> str | None:
    """A version page's language (:func:`page_language`); where its text and its ``html@lang`` disagree, read
    again from its own text (:func:`_own_text`: an English page under the Latvian header of a table layout), and
    for a page declared in another language than Latvian, without its Latvian names once more
    (:func:`~checks.language.foreign_text_language`)."""
    lang = page_language(view)[0]
    declared = declared_language(view)
    if lang and declared and lang != declared and view is not home:
        own = _own_text(home, view)
        lang = text_language(own) or lang
        if lang != declared and declared != "lv":
            lang = foreign_text_language(own) or lang
    return lang


def _own_text(home: PageView, view: PageView) -> str:
    """The text of ``view``'s leaf blocks that the homepage does not also hold: its content without a header
    and menu shared with the homepage (table layouts have no ``<header>`` or ``<nav>`` to leave out)."""
    shared = {text for _, text in home.blocks}
    return " ".join(text_of(tag) for tag, text in view.blocks
                    if text not in shared and not tag.find(["p", "li", "td", "div", "table"]))


def _stub(site: SiteView, view: PageView, code: str) -> str | None:
    """Why the start page ``view`` of the site's version in language ``code`` is a stub (:func:`_stub_phrase`; or it
    is the site's only page in that language and holds fewer than ``english.stub_words`` words of content), else
    None."""
    phrase = _stub_phrase(view, code)
    if phrase:
        return f"'{phrase}'"
    content = _content_words(view)
    same = (v for v in site.pages if page_language(v)[0] == code)
    if content < vocab.load("features")["english"]["stub_words"] and len(list(islice(same, 2))) <= 1:
        return f"one {code} page of {content} words"
    return None


def _stub_phrase(view: PageView, code: str) -> str | None:
    """The ``english.stub`` phrase of a page of fewer than ``english.stub_phrase_words`` words of content, in a
    sentence that does not go on to name the page's own language ``code`` (``english.stub_not_with``: "Consultations
    are available in Latvian, Russian and English", set 116, but "Подробная информация доступна на латышском и
    английском языках", set 127), else None."""
    words = vocab.load("features")["english"]
    if _content_words(view) >= words["stub_phrase_words"]:   # "Our latest study … is available in Latvian": a full page
        return None
    return next((term for sentence in sentences(view.folded)
                 if (term := find_term(sentence, words["stub"], folded=True))
                 and not find_term(sentence.partition(term)[2], words["stub_not_with"].get(code, []), folded=True)),
                None)


def _content_words(view: PageView) -> int:
    """How many words the page holds outside its header, footer and navigation."""
    return sum(len(s.split()) for s in view.body_soup.find_all(string=True)
               if not isinstance(s, (Comment, Doctype)) and not in_chrome(s))


def _news_pages(site: SiteView, start: PageView, code: str) -> list[PageView]:
    """The language version's start page and the crawled pages it links as news that are not in another
    language (an English page whose header links the Latvian news)."""
    words = vocab.load("features")["news"]
    pages = [start]
    for _a, href, label in start.anchors:
        url = start.resolve(href)
        is_news = (len(label) <= LABEL_MAX and leading_term(label, words["labels"])) or bool(
            find_term(fold_url(url), words["url_hints"], folded=True)
        )
        target = site.by_url(url) if is_news else None
        if (target is not None and target not in pages and len(pages) <= words["max_pages"]
                and page_language(target)[0] in (code, None)):
            pages.append(target)
    return pages


def _news_dates(text: str) -> list[date]:
    """Dates in a page's text except a "today is …" date (a clock on the page, not a news item)."""
    today_words = vocab.load("features")["news"]["today_words"]
    return [d for i, d in dated(text) if not find_term(text[max(0, i - 25) : i], today_words)]


def _latest(pages: list[PageView], now: date) -> tuple[date | None, PageView | None, bool]:
    """The newest date not in the future over the pages' news items (``<time>``, dates in the main text,
    an article's own metadata date by htmldate); and whether any page was a news list or article (a page
    other than the start page)."""
    limit = vocab.load("features")["news"]["max_items"]
    best: tuple[date | None, PageView | None] = (None, None)
    for view in pages:
        main = view.main
        own = published(view.markup) if not view.is_home else None
        found = ([own] if own else []) + (time_elements(main) + _news_dates(text_of(main)))[: limit * 3]
        for d in found:
            if d <= now + timedelta(days=1) and (best[0] is None or d > best[0]):
                best = (d, view)
    return best[0], best[1], len(pages) > 1


def _news(site: SiteView, opts: CheckOptions) -> Detection:
    home = site.home
    today = opts.today
    starts: list[tuple[str, PageView | None, Version | None]] = [(page_language(home)[0] or "?", home, None)]
    starts += [(v.code, v.view, v) for v in versions(site) if v.code in ("lv", "en", "ru") or v.view]
    proof, stale, unknown, missing = [], [], [], []
    languages = set()
    for code, view, version in starts:
        if view is None:
            unknown.append(f"{code} version {version.url if version else ''} not crawled")
            continue
        language = _language_of(home, view) or code
        latest, where, has_list = _latest(_news_pages(site, view, language), today)
        if version is not None and ((latest is None and _stub(site, view, language))
                                    or (not has_list and _stub_phrase(view, language))):
            continue    # a stub ("under construction") is no language version (option 5): its own date is no news
        languages.add(language)
        if latest is None:
            (unknown if has_list else missing).append(f"{code}: no dated news item")
        elif (today - latest).days > opts.news_max_age_days:
            stale.append(f"{code}: latest item {latest.isoformat()}")
            proof.append(evidence(where, None, f"{code} latest news {latest.isoformat()}"))
        else:
            proof.append(evidence(where, None, f"{code} latest news {latest.isoformat()}"))
    window = f"{opts.news_max_age_days} days"
    if len(languages) < 2 and not (stale or missing or unknown):
        return not_detected("M08", "6", 0.75, "news in one language only: the option asks for news updated in "
                            "several languages at once (seed L8102-8104)", proof=proof)
    if stale or missing:
        return not_detected(
            "M08",
            "6",
            0.8,
            f"news older than {window} or missing: " + "; ".join(stale + missing),
            proof=proof,
        )
    if unknown:
        return review("M08", "6", "; ".join(unknown), proof=proof)
    return detected("M08", "6", 0.85, f"every language version has news from the last {window}", proof)


def m08(site: SiteView, rendered: list[Page], opts: CheckOptions) -> list[Detection]:
    """All eight options of M08 for one site (option 4 is reported for every site; scoring applies the
    ministries-only filter). ``rendered``: pages for the search check (rendered ones preferred)."""
    if site.home is None:
        return unreadable("M08", [o for o in M08_OPTIONS if o != "7"]) + [site_search(rendered)]
    rows = [survey_detection(site, "M08", "1")]
    rating = _rating(site)
    rows.append(
        detected("M08", "2", 0.9, "an invitation to rate the site or page", rating[:3])
        if rating
        else not_detected("M08", "2", 0.8, "no invitation to rate the site")
    )
    audiences = _audiences(site.home)
    minimum = vocab.load("features")["audiences"]["min_distinct"]
    rows.append(
        detected(
            "M08",
            "3",
            0.85,
            "homepage sections by audience: " + ", ".join(audiences),
            list(audiences.values()),
        )
        if len(audiences) >= minimum
        else not_detected("M08", "3", 0.75, f"{len(audiences)} audience label(s) on the homepage")
    )
    rows.append(_areas_detection(site.home))
    rows.append(_english(site))
    rows.append(_news(site, opts))
    rows.append(site_search(rendered))
    feedback = rating + _feedback(site) + [e for e, subject in surveys(site)[0] if subject != "other"]
    rows.append(
        detected("M08", "8", 0.85, "a way to rate the site or give feedback", feedback[:3])
        if feedback
        else not_detected("M08", "8", 0.8, "no rating widget or feedback form or link")
    )
    return rows
