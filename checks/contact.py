"""Consultations: M09 (hours), M11 (contact information for consultations), M12 (online and/or by
phone) of the seed questionnaire (expert items, L8212–8259). Vocabulary: ``checks/vocab/contact.yaml``.

Phones are Latvian numbers (8 digits from 2, 6 or 8, optional +371; numbering plan of the Electronic
Communications Office, SPRK) next to a phone label, or ``tel:`` links (RFC 3966). E-mails are
``mailto:`` links (RFC 6068) or addresses in the text. Online consultation is a known chat widget in the
page (by the scripts and markup it leaves), a Skype/WhatsApp/Viber contact link, or a link labelled
as a chat.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from bs4 import Tag

from checks import vocab
from checks.detection import Detection, Evidence, single_choice
from checks.dom import (
    cells_before,
    heading_before,
    in_chrome,
    in_other_part,
    is_address_link,
    lead_in,
    line_of,
    row_of,
    text_by_lines,
    text_of,
)
from checks.language import page_language
from checks.siteview import PageView, SiteView
from checks.text import find_term, fold, near, sentences
from checks.verdict import evidence, unreadable

M09_OPTIONS = ["1", "2", "3"]
M11_OPTIONS = ["1", "2"]
M12_OPTIONS = ["1", "2", "99"]
LABEL_GAP = 60  # characters allowed between a phone label and the number ("tālrunis (konsultācijas par …): …")
COLON_LABEL_MAX = 150   # characters of a label ended by a colon before a number
ROW_LABEL_MAX = 100   # characters of a table row's label cell ("Konsultācijas par renovāciju")
_SENTENCE_START = re.compile(r"[.;!?·|]\s")   # where a label's sentence starts


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = vocab.load("contact")
    return (
        re.compile(words["phone"]["pattern"]),
        re.compile(words["email_pattern"]),
        re.compile(words["hours"]["time_range"]),
    )


def _labelled_phone(text: str) -> str | None:
    """The first phone number in ``text`` preceded (within LABEL_GAP characters) by a phone label, or right
    after a colon that ends a consultation label — read from the start of its sentence, up to ``COLON_LABEL_MAX``
    characters ("Konsultācijas par līgumiem un rēķiniem: 67 971 238"; "Informācija un konsultācijas apmeklētājiem
    (izstādes, biļetes, nodarbības, virtuālās ekskursijas): +371 65423318", set 117)."""
    phone_re = _patterns()[0]
    words = vocab.load("contact")
    for m in phone_re.finditer(text):
        before = text[max(0, m.start() - LABEL_GAP) : m.start()]
        label = _SENTENCE_START.split(text[: m.start()])[-1]
        if find_term(before, words["phone"]["labels"]) or (
            label.rstrip().endswith(":") and len(label) <= COLON_LABEL_MAX
            and find_term(label, words["consultation"]["cues"])
        ):
            return m.group(0)
    return None


_TEL = re.compile(r"^\s*tel:", re.I)


def phones(view: PageView) -> list[tuple[Tag, str]]:
    """Phone contacts on a page: (element, number) from ``tel:`` links and labelled numbers in blocks; a
    table cell's number may take its label from the cells before it in its row ("Pa tālruni | 67686768") or
    from its column's header cell (:func:`_column_head`: "Tālrunis"), and a cell or a paragraph without a ``tel:``
    link that opens with a number is one (:func:`_whole_number`: "<h2>Ostas dežūrdienests</h2><p><strong>+371
    63427715</strong>, VHF 14. kanāls</p>", set 153); not a number in a web address (:func:`_in_address`)."""
    out = [(a, href[4:]) for a, href, _ in view.anchors if href.lower().startswith("tel:")]
    for tag, _ in view.blocks:
        if tag.name in ("p", "li", "td", "dd", "address", "div") and not tag.find(["p", "li", "div", "td"]):
            number = _labelled_phone(text_by_lines(tag))   # a label is read from the start of its line
            if number is None and tag.name == "td" and tag.parent is not None and tag.parent.name == "tr":
                number = (_labelled_phone(text_of(tag.parent)) or _labelled_phone(f"{_column_head(tag)} {text_of(tag)}")
                          or _whole_number(text_of(tag)))
                number = number if number and number in text_of(tag) else None
            if number is None and tag.find("a", href=_TEL) is None:   # (a tel: link is its own contact)
                number = _whole_number(text_of(tag))
            if number and not _in_address(text_of(tag), number):
                out.append((tag, number))
    return out


def _in_address(text: str, number: str) -> bool:
    """True when ``number`` stands in a web address in ``text``, right after a slash: "wa.me/37126550177" is a
    messaging app's chat link (set 171), no phone."""
    at = text.find(number)
    return at > 0 and text[at - 1] == "/"


def _whole_number(text: str) -> str | None:
    """The phone number a cell or paragraph opens with: one number and nothing else (a contacts table without
    headers: "Sociālā darbiniece | 65 237 118 | konsultācijas …") or before its hours ("… inspektore Līga Strautiņa |
    +371 67761425, P.–Pk. 9.00–16.00", set 132) or its other channels ("+371 63427715, VHF 14. kanāls")."""
    match = _patterns()[0].match(text.strip())
    return match.group(0) if match else None


def _column_head(td: Tag) -> str:
    """Text of the header cell over a table cell (the ``<th>`` at its column in the table's first row): the
    label of a column of numbers ("Tālrunis")."""
    table = td.find_parent("table")
    head = table.find("tr") if table is not None else None
    if head is None or head is td.parent:
        return ""
    column = td.parent.find_all(["td", "th"], recursive=False).index(td)
    cells = head.find_all(["th", "td"], recursive=False)
    return text_of(cells[column]) if column < len(cells) and cells[column].name == "th" else ""


def email_re() -> re.Pattern:
    """The e-mail address pattern of ``contact.yaml``."""
    return _patterns()[1]


def emails(view: PageView) -> list[tuple[Tag | None, str]]:
    """E-mail contacts on a page: ``mailto:`` links, else addresses written in the text, each with the element whose
    text holds it (read then as a link's block is: a table row "Konsultācijas par … | tērzēšana …; arhivs@…", set
    126), or None for an address split over elements."""
    found: list[tuple[Tag | None, str]] = [
        (a, href[7:].split("?")[0]) for a, href, _ in view.anchors if href.lower().startswith("mailto:")
    ]
    if found:
        return found
    pattern = _patterns()[1]
    placed = [(node.parent, m.group(0)) for node in view.body_soup.find_all(string=pattern)
              for m in pattern.finditer(str(node)) if isinstance(node.parent, Tag)]
    unplaced = Counter(m.group(0) for m in pattern.finditer(view.text)) - Counter(a for _, a in placed)
    return placed + [(None, address) for address in unplaced.elements()]


def chat_widgets(site: SiteView) -> list[tuple[str, Evidence]]:
    """(vendor, evidence) of chat and instant-messaging contacts on the first page that has one: widget
    signatures in the markup (``chat.signatures``; not when the page's settings switch the vendor's chat off,
    ``chat.suppressed``), links and buttons labelled as a chat (``chat.labels``),
    and scripts, frames or widget elements whose URL, id or class names a chat (``chat.markup_hint``)."""
    for view in site.pages:
        found = _chats_on(view)
        if found:
            return found
    return []


def _chats_on(view: PageView) -> list[tuple[str, Evidence]]:
    words = vocab.load("contact")["chat"]
    hint = _chat_hint()
    found = []
    for vendor, signs in words["signatures"].items():
        sign = next((s for s in signs if s in view.live_markup), None)
        off = words["suppressed"].get(vendor)
        if sign and not (off and re.search(off, view.live_markup)):
            found.append((vendor, evidence(view, None, f"{vendor} signature {sign!r}")))
    for tag in view.body_soup.find_all(["a", "button"]):
        label = text_of(tag) or str(tag.get("aria-label") or tag.get("title") or "")
        href = str(tag.get("href") or "")
        if 0 < len(label) <= 60 and find_term(label, words["labels"]) and not is_address_link(href):
            found.append(("chat link", evidence(view, tag, f"{label} → {tag.get('href') or 'button'}")))
    for tag in view.soup.find_all(["script", "iframe", "div", "aside", "section", "button"]):   # <aside class="chat-…">
        marks = [str(tag.get("src") or ""), str(tag.get("id") or ""), *(tag.get("class") or [])]   # class by class
        mark = next((m for m in marks if m and hint.search(m)), None)
        if mark:
            found.append(("chat widget", evidence(view, None, f"<{tag.name}> {mark!r}")))
            break
    return found


def in_chat_widget(tag: Tag) -> bool:
    """True when ``tag`` sits inside a chat widget: an ancestor whose id or class names a chat
    (``chat.markup_hint``: ``<div id="altum-chat-window">``, whose pre-chat form asks "Jūsu jautājums")."""
    hint = _chat_hint()
    return any(
        hint.search(mark)
        for p in tag.parents if isinstance(p, Tag)
        for mark in [str(p.get("id") or ""), *(p.get("class") or [])]
    )


@cache
def _emergency() -> re.Pattern:
    return re.compile(vocab.load("contact")["hours"]["emergency"])


@cache
def _chat_hint() -> re.Pattern:
    return re.compile(vocab.load("contact")["chat"]["markup_hint"])


def online_consultations(site: SiteView) -> list[tuple[str, Evidence]]:
    """Instant online consultation channels (M12 option 1): chats (:func:`chat_widgets`), else a content
    passage stating one (video consultation …: ``online.statements``), or naming a tool (Skype, Teams …:
    ``online.tools``) in a passage about consultations or questions (``consultation.cues`` in it or its
    heading) that is not about a public consultation on a draft (``consultation.not_cues``: its hearing "varēs
    vērot attālināti MS Teams platformā") nor about meetings (``online.meetings``: a commission's sittings held
    "attālināti MS Teams platformā") nor keeps the tool for something else (``online.kept_for``: "Skype konts paredzēts
    tikai pastaigām. Ar jautājumiem lūdzam zvanīt …", set 120), and that does not say consultations are not given there
    (``consultation.negations``: "individuālas konsultācijas vebināros netiek sniegtas", set 108)."""
    chats = chat_widgets(site)
    if chats:
        return chats
    words = vocab.load("contact")
    online, cues = words["online"], words["consultation"]["cues"]
    for view in site.pages:
        for tag, text in sorted(view.blocks, key=lambda b: len(b[1])):
            if len(text) <= 400 and not find_term(text, words["consultation"]["negations"], folded=True) and (
                find_term(text, online["statements"], folded=True)
                or (
                    find_term(text, online["tools"], folded=True)
                    and find_term(f"{text} {fold(heading_before(tag, _LABEL_TAGS))}", cues, folded=True)
                    and not find_term(text, words["consultation"]["not_cues"] + online["meetings"] + online["kept_for"],
                                      folded=True)
                )
            ):
                return [("online consultation", evidence(view, tag))]
    return []


_LABEL_TAGS = ("h1", "h2", "h3", "h4", "h5", "dt", "strong", "th")   # what labels a contact block
LABELS_BACK = 8   # labels looked back over for the one that labels a contact (:func:`_label_before`)


def _consultation_cue(view: PageView, tag: Tag | None, address: str | None = None, repeated: bool = False) -> bool:
    """True when a contact is given for consultations: a cue (``consultation.cues``) in its block, the block's parent
    without the contact's sibling entries (:func:`_holder_text`), the nearest heading before it or the page title (not
    for a contact in the page's header or footer, the same on every page, nor in a block the homepage repeats:
    ``repeated``) — e-mail addresses themselves are not read ("konsultacijas@…" says nothing) — unless the block, its
    heading or the title is about a public consultation on a draft (``consultation.not_cues``), the cue only names what
    is booked there ("Pierakstīties uz konsultāciju var … pa reģistratūras tālruni"), the block or its parent is for
    journalists or job seekers (``consultation.not_clients``) or about personal data (``data_protection``), or the block
    says consultations are not given there (``consultation.negations``; for an e-mail ``address`` asked for after a
    refusal by phone, see :func:`_asked_after_refusal`). A heading that names the institution's general office line
    or a booking line (``consultation.general_lines``, ``booking_lines``, ``booking_only``: "Kanceleja un klientu
    centrs" over an address, a phone and opening hours) makes the contact under it a general one: its other words are
    not read; so does a contact that names itself so, or whose table row does ("Pašvaldības centrālais tālrunis
    (savienošana ar iestādēm)", "Kanceleja (sekretāre) | 63601100"). The site's name (``PageView.site_name``) is not
    read: "Karjeras konsultāciju centrs" beside its general e-mail (set 116). Nor is the municipality's line on the
    site of an institution it founded (:func:`_municipal_line`: "Siguldas novada pašvaldības informatīvais tālrunis",
    set 222; "Pašvaldības Klientu apkalpošanas centrs", set 220)."""
    words = vocab.load("contact")["consultation"]
    if tag is None:
        return bool(find_term(view.own_title, words["cues"]))
    other_lines = words["general_lines"] + words["booking_lines"] + words["booking_only"]
    label, holder = f"{_label_of(view, tag, repeated)} {_row_label(tag)}", _holder_text(tag)
    if view.site_name:   # "Valmieras Karjeras konsultāciju centrs · … · info@…" names the institution, not a line
        label, holder = label.replace(view.site_name, " "), holder.replace(view.site_name, " ")
    heading = heading_before(tag, _LABEL_TAGS)
    if heading and find_term(heading, other_lines):
        label, holder = label.replace(heading, " "), holder.replace(heading, " ")
    own = email_re().sub(" ", text_of(tag))
    near_by = _BOOKED.sub(" ", email_re().sub(" ", f"{label} {own}"))
    wide = _BOOKED.sub(" ", email_re().sub(" ", holder))
    # the wider block counts unless it says consultations are not given ("Ministrija nesniedz konsultācijas"),
    # names the general office line ("… Klientu apkalpošanas centrs, … Kanceleja: tālr. …, e-pasts: …") or is about
    # a draft ("priekšlikumus un iebildumus … sūtiet uz e-pastu … vai iesniedziet … klientu apkalpošanas centrā",
    # set 220), or the contact's own words book a consultation on it ("Pieraksts uz … ārsta konsultāciju –
    # reģistratūrā, tālr. …" under a list of services naming the consultation, set 168)
    booked = _BOOKED.search(f"{label} {own}")
    cued = (find_term(near_by, words["cues"])
            or (not booked and find_term(wide, words["cues"])
                and not find_term(wide, words["negations"] + other_lines + words["not_cues"]))
            or (address is not None and _asked_after_refusal(holder, address)))
    hours = vocab.load("contact")["hours"]
    return (
        bool(cued)
        and not (view.site_name and _municipal_line(fold(own), view.site_name, hours))   # the founder's line
        and not find_term(near_by, words["not_cues"])
        and not find_term(f"{own} {wide}", words["not_clients"] + words["data_protection"])
        and not find_term(f"{own} {_row_of(tag)}", words["negations"] + other_lines)
    )


# a consultation booked on a line is not given on it: "Pierakstīties uz konsultāciju var … pa reģistratūras tālruni
# 63 400 700" (set 107), "Pieraksts uz paliatīvās aprūpes ārsta konsultāciju – reģistratūrā, tālr. …" (set 168) name
# the consultation as what is booked, no cue of the line
_BOOKED = re.compile(r"\b(?:pierakst|piesak|pieteik)\w*\s+(?:(?:uz|pie)\s+)?(?:\w+\s+){0,3}konsultācij\w*", re.I)


def _row_label(tag: Tag) -> str:
    """The short cells (≤ ``ROW_LABEL_MAX`` characters) before the table cell that is or directly holds a contact, in
    its row: the row's label ("Konsultācijas par renovāciju | … vai e-pastā <a>konsultacijas@…</a>", set 109), else
    "" (not a table layout's menu column beside the page's content cell)."""
    cell = tag if tag.name in ("td", "th") else tag.parent
    return " ".join(t for c in cells_before(cell) if len(t := text_of(c)) <= ROW_LABEL_MAX) if cell else ""


def _row_of(tag: Tag) -> str:
    """The text of a table cell's row (its label cell: "Kanceleja (sekretāre) | 63601100"), else ""."""
    row = row_of(tag) if tag.name == "td" else None
    return text_of(row) if row is not None else ""


def _asked_after_refusal(holder: str, address: str) -> bool:
    """True when, after a sentence of ``holder`` that refuses consultations by phone (``consultation.negations``
    with ``phone.labels``), the passage up to the e-mail ``address`` asks for questions (``consultation.cues``):
    "informāciju par lietām pa tālruni nesniedzam. Jautājumus par lietas stāvokli … lūdzam rakstīt uz e-pastu
    <address>" gives the e-mail for them (not an address given before the refusal)."""
    words = vocab.load("contact")
    at = holder.find(address)
    parts = sentences(holder[:at], ".!?;") if at > 0 else []
    for i, sentence in enumerate(parts):
        if _refuses_by_phone(fold(sentence), words):
            return bool(find_term(" ".join(parts[i + 1:]), words["consultation"]["cues"]))
    return False


def _refuses_by_phone(sentence: str, words: dict) -> bool:
    """True when a folded sentence refuses something by phone: a negation (``consultation.negations``) and a phone
    label (``phone.labels``) in it ("informāciju par lietām pa tālruni nesniedzam")."""
    return bool(find_term(sentence, words["consultation"]["negations"], folded=True)
                and find_term(sentence, words["phone"]["labels"], folded=True))


FAULT_GAP = 60      # characters before a number read for the line it belongs to
HOLDER_MAX = 1500   # characters: a contact's parent longer than this is a page section, not its holder
_ENTRY = re.compile(r"[^:]{2,40}:\s*\S")   # "Label: content", one entry of a contacts list


def _holder_text(tag: Tag) -> str:
    """Text of the contact's parent without its other entries: elements of the contact's own kind that read
    "Label: …" and name no phone or e-mail channel (a contacts list's "Apmeklētāju pieņemšana: iepriekš
    piesakoties …" is about visits, not about the phone above it; "Konsultācijas pa tālruni: P.–Pk. 9–16" is
    about it), and in a block of lines (``<br>``) such other entries' lines; a label cell ("Konsultācijas") of the
    contact's row stays. A parent that is the page's body,
    longer than ``HOLDER_MAX`` or holding two headings or more gives nothing."""
    parent = tag.parent
    if (parent is None or parent.name in ("body", "html", "main") or len(text_of(parent)) > HOLDER_MAX
            or len(parent.find_all(["h1", "h2", "h3"])) >= 2):
        return ""      # a contact straight in the page body (a floating "Raksti mums" button) or in a section of
                       # several headed parts ("Services … Client Service Centre", "Contacts") has no holder
    words = vocab.load("contact")
    channels = words["phone"]["labels"] + words["email_labels"]

    def other_entry(c: Tag) -> bool:
        text = text_of(c)
        return c.name == tag.name and bool(_ENTRY.match(text)) and not find_term(text, channels)

    # lines of "Label: contact" entries ("Sekretāre: +371 … <br>Jautājumi par pakalpojumiem: WhatsApp …", set 201):
    # another entry's line says nothing of this contact
    lines: list[list[str]] = [[]]
    mine = 0
    for c in parent.children:
        if isinstance(c, Tag) and c.name == "br":
            lines.append([])
        elif c is tag or not (isinstance(c, Tag) and other_entry(c)):
            mine = len(lines) - 1 if c is tag else mine
            lines[-1].append(text_of(c) if isinstance(c, Tag) else str(c).strip())
    texts = [(i, " ".join(w for w in words if w)) for i, words in enumerate(lines)]
    return " ".join(t for i, t in texts if t and (i == mine or not _ENTRY.match(t) or find_term(t, channels)))


def _label_of(view: PageView, tag: Tag, repeated: bool = False) -> str:
    """The page's own title (:attr:`PageView.own_title`, without the site's name: a "Klientu apkalpošanas centrs"
    is named so on every page) and the label a contact's block opens with (:func:`_own_label`), else the nearest label
    before the contact (for a table cell: before its table, the
    paragraph that introduces the table, and its column's header); for a contact in the page's header or
    footer (the same on every page) only a label in that header or footer — as for a block the homepage repeats
    (``repeated``: a table layout's header row "Tālr. 63 601 200 | info@…" under no heading, set 109) — and for
    one in a part of its own after the content (a table layout's footer row) none."""
    if not (in_chrome(tag) or repeated):
        table = tag.find_parent("table") if tag.name == "td" else None
        if table is not None and table.find("th"):   # a data table's cell: the heading over the table
            # ("Virsmežniecības (konsultācijas …)"), not its column headers, nor what a grid column beside it says
            return f"{view.own_title} {_table_lead(table)} {_column_head(tag)}"
        head = _own_label(tag) or _label_before(tag)
        if head is not None and in_other_part(head, tag):   # a table layout's footer row, after the content row
            return ""                                        # with its headings: neither they nor the title label it
        return f"{view.own_title} {text_of(head) if head is not None else ''}"
    head = tag.find_previous(list(_LABEL_TAGS))
    return text_of(head) if head is not None and in_chrome(head) else ""


def _label_before(tag: Tag) -> Tag | None:
    """The nearest label before ``tag`` that is not one opening another block with its own contact: "<p><strong>
    Konsultācijas tiešsaistē:</strong> rakstiet mums <a>WhatsApp</a> …</p>" labels its WhatsApp link, not the next
    paragraph's "Valsts vides dienesta diennakts tālrunis 26338800" (set 215)."""
    for head in tag.find_all_previous(list(_LABEL_TAGS), limit=LABELS_BACK):
        block = _own_label_block(head)
        if block is None or tag in block.descendants or not (block.find("a", href=True) or
                                                              _patterns()[0].search(text_of(block))):
            return head
    return None


def _own_label_block(head: Tag) -> Tag | None:
    """The block a bold label opens (:func:`_own_label`), else None (a heading labels what follows it)."""
    block = head.parent
    return block if head.name == "strong" and isinstance(block, Tag) and _own_label(block) is head else None


def _own_label(block: Tag) -> Tag | None:
    """The label a contact's block opens with ("<p><strong>Rezervācijas tālrunis:</strong> <a>+371 …</a> — tikai …
    rezervēšanai</p>", set 165), else None: such a block is labelled by it, not by the previous paragraph's label
    ("<strong>Jautājumi par pakalpojumiem:</strong> tiešsaistes tērzētavā …")."""
    if block.name == "a":
        return None
    first = block.find(list(_LABEL_TAGS))
    return first if first is not None and text_of(block).startswith(text_of(first)) else None


def _table_lead(table: Tag) -> str:
    """The heading over a table and the paragraph that introduces it, each unless it sits in another part of the
    page (:func:`checks.dom.in_other_part`: a neighbouring grid column of several headed blocks)."""
    head = table.find_previous(list(_LABEL_TAGS))
    para = table.find_previous("p")
    heading = text_of(head) if head is not None and not in_other_part(head, table) else ""
    return f"{heading} {lead_in(table) if para is not None and not in_other_part(para, table) else ''}"


def _contacts(site: SiteView) -> tuple[list[Evidence], list[Evidence], list[Evidence]]:
    """(consultation phone evidence, consultation e-mail evidence, general contact evidence): contacts
    cued as for consultations (:func:`_consultation_cue`), not fault lines (:func:`_fault_line`), and the
    institution's other contacts. An e-mail address that the pages in the homepage's language give as a general
    contact stays one on a translated page ("Валмиерский центр карьерных консультаций · … info@…" translates the
    footer that names the institution, set 116); a number may still be a consultation line there (one line serves
    several purposes, and a translation may say it more plainly: "Client consultations: +371 63 407 120")."""
    found: list[tuple[str, str, bool, bool, Evidence]] = []    # (kind, number or address, cued, translated, proof)
    own = page_language(site.home)[0] if site.home is not None else None
    not_consulting = _no_consultation_lines(site)
    for view in site.pages:
        translated = own is not None and page_language(view)[0] not in (own, None)
        for tag, number in phones(view):
            if _app_number(text_of(tag), number) or _app_linked(tag, number):
                continue
            cued = _consultation_cue(view, tag, repeated=_repeated(site, view, tag))
            found.append(("tel", _digits(number), bool(cued) and not _fault_line(tag, number), translated,
                          evidence(view, tag, f"{number}: {text_of(tag)[:200]}")))
        for tag, address in emails(view):
            cued = _consultation_cue(view, tag, address, _repeated(site, view, tag))
            found.append(("mail", address, cued, translated, evidence(view, tag, address)))
    general_keys = {key for _, key, cued, translated, _ in found if not cued and not translated}
    tel, mail, general = [], [], []
    for kind, key, cued, translated, proof in found:
        if (not cued or (kind == "mail" and translated and key in general_keys)
                or (kind == "tel" and key in not_consulting)):
            general.append(proof)
        else:
            (tel if kind == "tel" else mail).append(proof)
    return tel, mail, general


def _app_linked(tag: Tag, number: str) -> bool:
    """True when the number is the text of a link to a messaging app's chat (``chat.signatures``: "<td>Jautājumi par
    pakalpojumiem (WhatsApp …)</td><td><a href="https://wa.me/37126115299">+371 26115299</a></td>", set 201): the
    number is that chat's, no phone line — unless its row or block names a phone too ("Zvani vai raksti WhatsApp: …",
    set 105)."""
    chat = vocab.load("contact")["chat"]
    marks = [m for vendor in chat["signatures"].values() for m in vendor]
    links = [tag] if tag.name == "a" else tag.find_all("a", href=True)
    own = [str(a.get("href") or "") for a in links if number in text_of(a)]
    row = row_of(tag)
    said = text_of(row if row is not None else tag)   # "Zvani vai raksti WhatsApp: <a wa.me>…</a>" names both
    return (bool(own) and all(any(m in href for m in marks) for href in own)
            and not find_term(said, chat["phone_words"], folded=False))


def _app_number(text: str, number: str) -> bool:
    """True when the words right after ``number`` in ``text`` name a messaging app (``chat.apps``: "… sniedzam WhatsApp
    tērzēšanā …: +371 26543210 (WhatsApp)", set 153), or its label right before it does and names no phone
    (``chat.phone_words``: "Uzdodiet jautājumu WhatsApp: +371 26123456", set 159): the number is that chat's, no phone
    line; "Tālrunis / WhatsApp: +371 …" and "Zvani vai raksti WhatsApp: +371 …" name both."""
    at = text.find(number)
    if at < 0:
        return False
    chat = vocab.load("contact")["chat"]
    apps = "|".join(map(re.escape, chat["apps"]))
    after = fold(text[at + len(number):at + len(number) + 30])
    before = re.split(r"[.!?]\s", fold(text[max(0, at - 60):at]))[-1]   # its sentence's words before it
    marked_after = re.match(rf"\s*[(\[–-]?\s*(?:tikai\s+|only\s+)?(?:{apps})\b", after)
    labelled = re.search(rf"\b(?:{apps})\s*:?\s*$", before) and not find_term(before, chat["phone_words"], folded=True)
    return bool(marked_after or labelled)


def _digits(number: str) -> str:
    """A phone number's last eight digits, the subscriber number in Latvia's numbering plan: "+371 65 207 400"
    and "65207400" are one line."""
    return re.sub(r"\D", "", number)[-8:]


def _no_consultation_lines(site: SiteView) -> set[str]:
    """The numbers (:func:`_digits`) that a sentence of a block's line, giving that number and no other, names a
    line only for booking or refuses consultations on (``consultation.booking_only``, ``consultation.negations``:
    "Reģistratūra (tikai pierakstam): 65 207 400", "65 207 400 — tikai pierakstam … (konsultācijas pa tālruni netiek
    sniegtas)"): no consultation line on any page, though a services page names it beside a consultation ("…
    konsultācija klātienē. Pierakstīties var … pa reģistratūras tālruni 65 207 400", set 148). An office line may
    still be one ("Jautājumi par lietas virzību? Zvaniet kancelejai: 67020396", set 24)."""
    words = vocab.load("contact")["consultation"]
    terms, phone_re = words["booking_only"] + words["negations"], _patterns()[0]
    found = set()
    for view in site.pages:
        for tag, text in view.blocks:
            if (tag.find(["p", "li", "div", "td"]) or not phone_re.search(text)
                    or not find_term(text, terms, folded=True)):
                continue
            for line in text_by_lines(tag).split(" | "):
                for sentence in sentences(line, ".!?;"):
                    numbers = phone_re.findall(sentence)
                    if len(numbers) == 1 and find_term(sentence, terms):
                        found.add(_digits(numbers[0]))
    return found


def _repeated(site: SiteView, view: PageView, tag: Tag | None) -> bool:
    """True when a contact's block (a link's: its parent, a table layout's footer cell "… Tālr. 65422310 ·
    <a>info@…</a>", set 133) on a page other than the homepage is one of the homepage's blocks
    (:attr:`SiteView.home_blocks`): the site's header or footer in a layout without ``<header>`` or ``<footer>``."""
    if tag is None or view.is_home:
        return False
    block = tag.parent if tag.name == "a" and tag.parent is not None else tag
    return fold(text_of(block)) in site.home_blocks


def _fault_line(tag: Tag, number: str) -> bool:
    """True when the words just before a number (``FAULT_GAP`` characters; for a ``tel:`` link, of the line that ends
    with it: :func:`checks.dom.line_of`) name a fault, emergency or reporting line (``hours.reporting``: "Par
    bojājumiem ziņojiet avārijas dienestam pa bezmaksas tālruni 8000 0090"; "Dispečers — bojājumu pieteikšana visu
    diennakti: <a href="tel:…">26552014</a>", set 160)."""
    hours = vocab.load("contact")["hours"]
    if tag.name == "a":
        text = line_of(tag)
        at = len(text) - len(text_of(tag))
    else:
        text = text_of(tag)
        at = text.find(number)
    return at >= 0 and bool(find_term(text[max(0, at - FAULT_GAP):at], hours["reporting"] + hours["crisis"]))


def _hours(site: SiteView) -> tuple[str | None, Evidence | None]:
    """("1", evidence) for a 24/7 consultation contact, ("2", evidence) for stated hours, else (None, None).

    A block (a description list's ``<dd>`` read after its ``<dt>``, :func:`_with_term`) counts when it states hours
    (a 24/7 phrase; a working-hours phrase; day names with a time range) and it, or its nearest heading, holds a
    consultation cue, a phone number or a chat; around the
    clock needs a consultation cue next to the phrase in the smallest block that holds it (a 24-hour line for
    reporting outbreaks or accidents is no consultation, nor does a consultation line further down a bigger
    block make it one), no reporting word in that block (``hours.reporting``: "Ziņot par korupciju —
    anonīmais tālrunis, visu diennakti"; an emergency, fault or crisis line — such a block is judged even
    without a phone number or cue, "Gas emergency service: 114 (24/7)"), no e-service word next to the phrase
    ("E-pakalpojumi 24/7"), and a number other than an emergency one (112, 110, 113, 114)."""
    words = vocab.load("contact")
    phone_re = _patterns()[0]
    contact_terms = words["consultation"]["cues"] + words["chat"]["labels"]
    hours: tuple[str | None, Evidence | None] = (None, None)
    for view in site.pages:
        judged: list[Tag] = []      # the smallest blocks whose around-the-clock phrase is no consultation line
        for tag, own in sorted(view.blocks, key=lambda b: len(b[1])):
            if len(own) > 400:
                continue
            text = _with_term(tag, own)
            context = text + " " + fold(heading_before(tag, _LABEL_TAGS))
            clock = find_term(text, words["hours"]["around_clock"], folded=True)
            named_line = clock and find_term(text, words["hours"]["reporting"] + words["hours"]["crisis"],
                                             folded=True)   # "Gas emergency …", "Krīzes tālrunis"
            if find_term(text, words["consultation"]["negations"], folded=True) or not (
                phone_re.search(text) or find_term(context, contact_terms, folded=True) or named_line
            ):
                continue
            if clock and not any(t is tag or tag in t.parents for t in judged):
                if _around_clock(text, words) and not _municipal_line(text, view.site_name, words["hours"]):
                    return "1", evidence(view, tag)
                judged.append(tag)
            if hours[0] is None and _states_hours(text, words):
                hours = ("2", evidence(view, tag))
    return hours


def _with_term(tag: Tag, text: str) -> str:
    """A folded block's text, for a description (``<dd>``) after its term's ("<dt>Dežurējošais sinoptiķis –
    konsultācijas …</dt><dd>+371 63721488, visu diennakti</dd>", set 203): the term labels the line."""
    term = tag.find_previous_sibling("dt") if tag.name == "dd" else None
    return f"{fold(text_of(term))} {text}" if term is not None else text


def _states_hours(text: str, words: dict) -> bool:
    """True when a folded block states hours: a working-hours phrase (``hours.working``), or day names
    (``hours.days``, or a range of abbreviated ones, ``hours.day_range``: "T.–Pk.") with a time range ("P.–Pk.
    8.30–17.00")."""
    days = find_term(text, words["hours"]["days"], folded=True) or re.search(words["hours"]["day_range"], text)
    return bool(find_term(text, words["hours"]["working"], folded=True) or (_patterns()[2].search(text) and days))


def _around_clock(text: str, words: dict) -> bool:
    """A folded block that offers consultations around the clock (see :func:`_hours`: a cue near the clock
    phrase, or in its sentence when that gives no other hours and the block gives a phone, "Tālrunis …. … atbild
    uz iedzīvotāju jautājumiem par … – 24 stundas diennaktī"); not one whose sentence
    with the clock gives the consultations working hours ("E-publicēšanas sistēma darbojas 24/7, bet konsultācijas
    sniedzam tikai darba laikā": the clock is the system's) or names an online service (a self-service portal
    open "visu diennakti") — unless a word of consulting stands right by the clock phrase (``hours.direct_cues``:
    "Jautājumi par biļešu iegādi e-veikalā? Zvaniet … — konsultējam visu diennakti"); nor one whose clock sentence
    names the few days it holds for (``hours.some_days``: "Vēlēšanu dienās tālrunis darbojas visu diennakti", set
    124)."""
    services = vocab.load("eservices")
    clock, cues, working = words["hours"]["around_clock"], words["consultation"]["cues"], words["hours"]["working"]
    # "konsultējam visu diennakti"
    direct = any(near(s, clock, words["hours"]["direct_cues"], words["hours"]["direct_gap"]) for s in sentences(text))
    return bool(
        (near(text, clock, cues, words["hours"]["cue_gap"])
         or (_patterns()[0].search(text) and any(
             find_term(s, clock, folded=True) and find_term(s, cues, folded=True)
             and not find_term(s, working, folded=True) and not _patterns()[2].search(s) for s in sentences(text))))
        and not any(find_term(s, clock, folded=True) and near(s, cues, working, words["hours"]["working_gap"])
                    for s in sentences(text))
        and not _reporting_line(text, words["hours"])
        and not any(find_term(s, clock, folded=True) and find_term(s, words["hours"]["some_days"], folded=True)
                    for s in sentences(text))   # "Vēlēšanu dienās tālrunis darbojas visu diennakti"
        and not (_emergency().search(text) and not _patterns()[0].search(text))
        and (direct or not _clock_of_eservice(text, clock, services, words["hours"]["eservice_gap"]))
    )


def _municipal_line(text: str, site_name: str, hours: dict) -> bool:
    """True when a folded block gives the municipality's line (``hours.municipal``: "Liepājas valstspilsētas
    pašvaldības diennakts informatīvais tālrunis: 8787") on the site of an institution whose name (``site_name``,
    known) is not the municipality's, and does not say the line consults (``hours.direct_cues``): a gallery's contacts
    page pointing to its founder's information line (set 117); "Ogres novada pašvaldības informatīvais tālrunis —
    konsultācijas par pašvaldības pakalpojumiem, t. sk. rindu uz PII (visu diennakti)" on a kindergarten's site
    consults on its queue (set 95)."""
    municipal = hours["municipal"]
    return (bool(site_name) and bool(find_term(text, municipal, folded=True)) and not find_term(site_name, municipal)
            and not find_term(text, hours["direct_cues"], folded=True))


def _reporting_line(text: str, hours: dict) -> bool:
    """True when a folded block names a line that takes reports, not questions (``hours.reporting``: a violations,
    emergency or fault line), a crisis line (``hours.crisis``) that does not say it consults (``hours.direct_cues``)
    or that another body runs (``hours.other_bodies``: "biedrības “Skalbes” krīzes un konsultāciju tālrunis"), or
    another body's line that does not say it consults ("Biedrības „Sudraba pavediens” senioru atbalsta tālrunis …
    (visu diennakti, biedrības brīvprātīgie)", set 197)."""
    if find_term(text, hours["reporting"], folded=True):
        return True
    consults = find_term(text, hours["direct_cues"], folded=True)
    elsewhere = find_term(text, hours["other_bodies"], folded=True)
    if elsewhere and not consults:
        return True
    return bool(find_term(text, hours["crisis"], folded=True)) and (not consults or bool(elsewhere))


def _clock_of_eservice(text: str, clock: list[str], services: dict, gap: int) -> bool:
    """True when a folded block's around-the-clock phrase speaks of an online service: an e-service word within
    ``gap`` characters ("E-pakalpojumi 24/7") or in its sentence ("… kārtot tiešsaistē pašapkalpošanās portālā – visu
    diennakti")."""
    electronic = services["electronic_words"]
    return near(text, clock, services["labels"] + electronic, gap) or any(
        find_term(s, clock, folded=True) and find_term(s, electronic, folded=True) for s in sentences(text))


def m09_m11_m12(site: SiteView) -> list[Detection]:
    """Rows of M09, M11 and M12 for one site, from the same contact evidence."""
    if site.home is None:
        return (
            unreadable("M09", M09_OPTIONS) + unreadable("M11", M11_OPTIONS) + unreadable("M12", M12_OPTIONS)
        )
    tel, mail, general = _contacts(site)
    if tel and _phone_consultations_refused(site):
        general, tel = general + tel, []
    online = online_consultations(site)
    stated = [proof for kind, proof in online if kind == "online consultation"]   # "Skype konsultācijas: …" (set 119)
    return _m11(tel, mail + _chat_invitations(site) + stated, general) + _m12(tel, online) + _m09(site, tel, online)


def _chat_invitations(site: SiteView) -> list[Evidence]:
    """Content passages (≤ 300 characters) that send questions to the chat ("Jautājumi par biļetēm? Rakstiet mums
    tērzētavā"): a consultation cue (in the passage or its heading: "Ir jautājums?" over "… atbildēsim tērzētavā"; or
    a prompt, ``chat.prompts``: "Jautājumi?" over "Raksti mums WhatsApp", set 152), a chat label (``chat.labels``; or a
    link to a messaging app's chat, :func:`_chat_link`) and an invitation to write or ask (``chat.invitations``) or the
    chat's hours (:func:`_states_hours`: "Konsultācijas vecākiem: tiešsaistes tērzētavā darba dienās 9.00–15.00", set
    150) in one passage — the chat as the contact for consultations (M11), in a footer too ("Ir jautājums par muzeja
    apmeklējumu? Raksti mums tērzētavā"); not a news item about a customer-service handbook that mentions chats, nor a
    passage saying there is no chat (``chat.negations``: "… tiešsaistes tērzēšana nav pieejama")."""
    words = vocab.load("contact")
    cues = words["consultation"]["cues"] + words["chat"]["prompts"]
    return [evidence(view, tag) for view in site.pages for tag, text in view.blocks
            if len(text) <= 300
            and find_term(f"{text} {fold(heading_before(tag, _LABEL_TAGS))}", cues, folded=True)
            and (find_term(text, words["chat"]["invitations"], folded=True) or _states_hours(text, words))
            and not find_term(text, words["chat"]["negations"], folded=True)
            and (find_term(text_of(tag), words["chat"]["labels"]) or _chat_link(tag, words["chat"]["signatures"]))][:2]


def _chat_link(tag: Tag, signatures: dict[str, list[str]]) -> bool:
    """True when a passage links a messaging app's chat (``chat.signatures``: "rakstiet mums <a href="https://wa.me/
    37126473915">WhatsApp …</a>", set 123)."""
    marks = [m for vendor in signatures.values() for m in vendor]
    return any(m in str(a["href"]) for a in tag.find_all("a", href=True) for m in marks)


def _phone_consultations_refused(site: SiteView) -> bool:
    """True when a sentence of a page says consultations are not given by phone ("darbinieki pa tālruni
    juridiskas konsultācijas nesniedz", "Konsultācijas tālruniski netiek sniegtas"; not "Zvaniet … 67020396.
    Konsultācijas nesniedz juridisku palīdzību lietas būtībā"): then no phone number of the site is
    one for consultations (blind sets 9 and 17: nkc, prokuratura). Not when it speaks of one line ("Pa šo
    tālruni konsultācijas netiek sniegtas", ``consultation.one_line``; or gives its number: "Lietvedības tālrunis
    67 012 900 konsultācijas nesniedz"), or of a fault, emergency or reporting service (``hours.reporting``:
    "Avārijas dienests konsultācijas … nesniedz — … zvanīt Klientu daļai"): that voids only that line."""
    words = vocab.load("contact")
    said = words["consultation"]
    one_line = said["one_line"] + words["hours"]["reporting"] + words["hours"]["crisis"]
    for view in site.pages:
        for tag, text in view.blocks:
            if len(text) > 300 or in_chrome(tag) or not find_term(text, said["negations"], folded=True):
                continue
            for sentence in sentences(text, ".!?;"):   # "Konsultācijas nesniedz juridisku palīdzību" names no phone
                if (_refuses_by_phone(sentence, words)
                        and find_term(sentence, said["cues"], folded=True)
                        and not find_term(sentence, one_line, folded=True)
                        and not _patterns()[0].search(sentence)):
                    return True
    return False


def _m11(tel: list[Evidence], written: list[Evidence], general: list[Evidence]) -> list[Detection]:
    """M11 rows from the consultation phones, e-mails, chat invitations or passages giving an online consultation
    channel (``written``) and general contacts."""
    if tel or written:
        return single_choice("M11", M11_OPTIONS, "1", "detected", 0.9,
                             reason="phone / e-mail / chat given for consultations", evidence=(tel[:2] + written[:2]))
    if general:
        return single_choice("M11", M11_OPTIONS, "2", "detected", 0.65,
                             reason="only the institution's general contacts (no contact is given for "
                             "consultations, information or client service)", evidence=general[:2])
    return single_choice(
        "M11", M11_OPTIONS, "2", "detected", 0.75, reason="no phone number or e-mail on the site"
    )


def _m12(tel: list[Evidence], online: list[tuple[str, Evidence]]) -> list[Detection]:
    none = not (online or tel)
    return [
        Detection("M12", "1", bool(online), "detected" if online else "not_detected", 0.85 if online else 0.75,
                  reason=f"online: {online[0][0]}" if online else "no chat, messenger or video consultation",
                  evidence=[online[0][1]] if online else []),
        Detection("M12", "2", bool(tel), "detected" if tel else "not_detected", 0.85 if tel else 0.7,
                  reason="a phone number for consultations" if tel else "no phone number for consultations",
                  evidence=tel[:2]),
        Detection("M12", "99", none, "detected" if none else "not_detected", 0.7,
                  reason="neither online nor phone consultation" if none else "online or phone consultation found"),
    ]


def _m09(site: SiteView, tel: list[Evidence], online: list[tuple[str, Evidence]]) -> list[Detection]:
    option, proof = _hours(site)
    if option == "1":
        return single_choice("M09", M09_OPTIONS, "1", "detected", 0.8,
                             reason="consultations around the clock", evidence=[proof])
    if not (tel or online):
        return single_choice("M09", M09_OPTIONS, "3", "detected", 0.7,
                             reason="no phone or online consultation contact")
    if option == "2":
        return single_choice("M09", M09_OPTIONS, "2", "detected", 0.8,
                             reason="consultation contact with stated working hours", evidence=[proof])
    return [
        Detection("M09", "2", True, "needs_review", 0.5, reason="a consultation contact without stated hours",
                  evidence=(tel[:1] or [online[0][1]])),
        Detection("M09", "1", False, "needs_review", 0.5, reason="hours not stated"),
        Detection("M09", "3", False, "needs_review", 0.5, reason="hours not stated"),
    ]
