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
from functools import cache

from bs4 import Tag

from checks import vocab
from checks.detection import Detection, Evidence, single_choice
from checks.dom import text_of
from checks.siteview import PageView, SiteView
from checks.text import find_term
from checks.verdict import evidence, unreadable

M09_OPTIONS = ["1", "2", "3"]
M11_OPTIONS = ["1", "2"]
M12_OPTIONS = ["1", "2", "99"]
LABEL_GAP = 40  # characters allowed between a phone label and the number


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = vocab.load("contact")
    return (
        re.compile(words["phone"]["pattern"]),
        re.compile(words["email_pattern"]),
        re.compile(words["hours"]["time_range"]),
    )


def _labelled_phone(text: str) -> str | None:
    """The first phone number in ``text`` preceded (within LABEL_GAP characters) by a phone label."""
    phone_re = _patterns()[0]
    labels = vocab.load("contact")["phone"]["labels"]
    for m in phone_re.finditer(text):
        if find_term(text[max(0, m.start() - LABEL_GAP) : m.start()], labels):
            return m.group(0)
    return None


def phones(view: PageView) -> list[tuple[Tag, str]]:
    """Phone contacts on a page: (element, number) from ``tel:`` links and labelled numbers in blocks."""
    out = [(a, href[4:]) for a, href, _ in view.anchors if href.lower().startswith("tel:")]
    for tag, _ in view.blocks:
        if tag.name in ("p", "li", "td", "dd", "address", "div") and not tag.find(["p", "li", "div", "td"]):
            number = _labelled_phone(text_of(tag))
            if number:
                out.append((tag, number))
    return out


def emails(view: PageView) -> list[tuple[Tag | None, str]]:
    """E-mail contacts on a page: ``mailto:`` links, else addresses written in the text."""
    found: list[tuple[Tag | None, str]] = [
        (a, href[7:].split("?")[0]) for a, href, _ in view.anchors if href.lower().startswith("mailto:")
    ]
    if not found:
        found = [(None, m.group(0)) for m in _patterns()[1].finditer(view.text)]
    return found


def chat_widgets(site: SiteView) -> list[tuple[str, Evidence]]:
    """(vendor, evidence) of chat and instant-messaging contacts: widget signatures in the markup
    (``chat.signatures``), and links labelled as a chat (``chat.labels``)."""
    words = vocab.load("contact")["chat"]
    found = []
    for view in site.pages:
        markup = view.markup
        for vendor, signs in words["signatures"].items():
            if any(s in markup for s in signs):
                sign = next(s for s in signs if s in markup)
                found.append((vendor, evidence(view, None, f"{vendor} signature {sign!r}")))
        for a, href, label in view.anchors:
            if 0 < len(label) <= 60 and find_term(label, words["labels"], folded=True):
                found.append(("chat link", evidence(view, a, f"{text_of(a)} → {href}")))
        if found:
            break
    return found


def _consultation_cue(view: PageView, tag: Tag | None) -> bool:
    cues = vocab.load("contact")["consultation"]["cues"]
    context = text_of(tag.parent) if tag is not None and tag.parent is not None else ""
    return bool(find_term(context + " " + view.page.title, cues))


def _contacts(site: SiteView) -> tuple[list[Evidence], list[Evidence], bool]:
    """(phone evidence, e-mail evidence, whether any contact is labelled for consultations)."""
    tel, mail, cued = [], [], False
    for view in site.pages:
        for tag, number in phones(view):
            tel.append(evidence(view, tag, f"{number}: {text_of(tag)[:200]}"))
            cued = cued or _consultation_cue(view, tag)
        for tag, address in emails(view):
            mail.append(evidence(view, tag, address))
            cued = cued or _consultation_cue(view, tag)
    return tel, mail, cued


def _hours(site: SiteView) -> tuple[str | None, Evidence | None]:
    """("1", evidence) for a 24/7 consultation contact, ("2", evidence) for stated hours, else (None, None).

    A block counts when it states the hours and holds a contact (phone, chat) or a consultation word."""
    words = vocab.load("contact")
    phone_re, _, range_re = _patterns()
    contact_terms = words["hours"]["contact_cues"] + words["chat"]["labels"]
    hours: tuple[str | None, Evidence | None] = (None, None)
    for view in site.pages:
        for tag, text in sorted(view.blocks, key=lambda b: len(b[1])):
            if len(text) > 400 or not (phone_re.search(text) or find_term(text, contact_terms, folded=True)):
                continue
            if find_term(text, words["hours"]["around_clock"], folded=True):
                return "1", evidence(view, tag)
            if hours[0] is None and (
                find_term(text, words["hours"]["working"], folded=True) or range_re.search(text)
            ):
                hours = ("2", evidence(view, tag))
    return hours


def m09_m11_m12(site: SiteView) -> list[Detection]:
    """Rows of M09, M11 and M12 for one site, from the same contact evidence."""
    if site.home is None:
        return (
            unreadable("M09", M09_OPTIONS) + unreadable("M11", M11_OPTIONS) + unreadable("M12", M12_OPTIONS)
        )
    tel, mail, cued = _contacts(site)
    chats = chat_widgets(site)
    rows = _m11(tel, mail, cued) + _m12(tel, chats) + _m09(site, tel, chats, mail)
    return rows


def _m11(tel: list[Evidence], mail: list[Evidence], cued: bool) -> list[Detection]:
    if tel or mail:
        why = "phone / e-mail " + (
            "labelled for consultations" if cued else "given as the institution's contact"
        )
        return single_choice(
            "M11",
            M11_OPTIONS,
            "1",
            "detected",
            0.9 if cued else 0.8,
            reason=why,
            evidence=(tel[:2] + mail[:2]),
        )
    return single_choice(
        "M11", M11_OPTIONS, "2", "detected", 0.75, reason="no phone number or e-mail on the site"
    )


def _m12(tel: list[Evidence], chats: list[tuple[str, Evidence]]) -> list[Detection]:
    online = Detection(
        "M12",
        "1",
        bool(chats),
        "detected" if chats else "not_detected",
        0.85 if chats else 0.75,
        reason=f"online: {chats[0][0]}" if chats else "no chat widget, chat link or messenger contact",
        evidence=[chats[0][1]] if chats else [],
    )
    phone = Detection(
        "M12",
        "2",
        bool(tel),
        "detected" if tel else "not_detected",
        0.85 if tel else 0.8,
        reason="a phone number for contact" if tel else "no phone number on the site",
        evidence=tel[:2],
    )
    none = not (chats or tel)
    return [
        online,
        phone,
        Detection(
            "M12",
            "99",
            none,
            "detected" if none else "not_detected",
            0.75,
            reason="neither online nor phone consultation" if none else "online or phone consultation found",
        ),
    ]


def _m09(
    site: SiteView, tel: list[Evidence], chats: list[tuple[str, Evidence]], mail: list[Evidence]
) -> list[Detection]:
    option, proof = _hours(site)
    if option == "1":
        return single_choice(
            "M09",
            M09_OPTIONS,
            "1",
            "detected",
            0.8,
            reason="consultations around the clock",
            evidence=[proof],
        )
    if not (tel or chats):
        return single_choice(
            "M09",
            M09_OPTIONS,
            "3",
            "detected",
            0.7,
            reason="no phone or online consultation contact" + (" (e-mail only)" if mail else ""),
        )
    if option == "2":
        return single_choice(
            "M09",
            M09_OPTIONS,
            "2",
            "detected",
            0.8,
            reason="consultation contact with stated working hours",
            evidence=[proof],
        )
    return [
        Detection(
            "M09",
            "2",
            True,
            "needs_review",
            0.5,
            reason="a consultation contact without stated hours",
            evidence=(tel[:1] or [chats[0][1]]),
        ),
        Detection("M09", "1", False, "needs_review", 0.5, reason="hours not stated"),
        Detection("M09", "3", False, "needs_review", 0.5, reason="hours not stated"),
    ]
