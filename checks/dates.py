"""Dates shown on pages (news items, consultation deadlines) and the publication date of a page.

Numeric forms: ISO 8601 (``2026-11-26``), Latvian/European ``26.11.2026.`` (day first, LVS 24:2006's
order). Written forms ``26. novembrī 2026``, ``2026. gada 26. novembris``, ``26 November 2026``,
``November 26, 2026`` with month stems and abbreviations from ``vocab/dates.yaml`` (dateparser's Latvian data misses the
locative "novembrī", so month words are matched here; a stem takes at most two more letters, so
"21 novads 2025" is not a date). ``<time datetime>`` (HTML Living Standard §4.5.14) and
a page's metadata date (htmldate) are used where present.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

import htmldate
from bs4 import BeautifulSoup

from checks import vocab
from checks.text import fold

_ISO = re.compile(r"(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)")
_DMY = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(20\d\d)(?!\d)")
_YEAR = r"(20\d\d)"


@cache
def _month_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    month = rf"({_month_alternatives()})\.?"
    day_first = re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+{month}\s*,?\s+{_YEAR}")
    year_first = re.compile(rf"{_YEAR}\.\s*(?:gada\s+)?(\d{{1,2}})\.\s*{month}")
    month_first = re.compile(rf"{month}\s+(\d{{1,2}}),?\s+{_YEAR}")
    return day_first, year_first, month_first


@cache
def _month_forms() -> tuple[dict[str, int], dict[str, int]]:
    """(stem → month, abbreviation → month), folded, from ``vocab/dates.yaml``."""
    stems, abbrs = {}, {}
    for number, forms in vocab.load("dates")["months"].items():
        stems.update({fold(s): int(number) for s in forms["stems"]})
        abbrs.update({fold(a): int(number) for a in forms["abbr"]})
    return stems, abbrs


def _month_alternatives() -> str:
    """A regex alternation of whole month words: a stem plus at most two letters, or an abbreviation."""
    stems, abbrs = _month_forms()
    words = [re.escape(s) + r"\w{0,2}" for s in stems] + [re.escape(a) for a in abbrs]
    return r"(?<!\w)(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?!\w)"


def _month(word: str) -> int:
    """The month number of a matched month word (an abbreviation exactly, else its longest stem)."""
    stems, abbrs = _month_forms()
    if word in abbrs:
        return abbrs[word]
    return stems[max((s for s in stems if word.startswith(s)), key=len)]


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def dates_in(text: str) -> list[date]:
    """Every calendar date written in ``text`` (any of the forms above), in order of appearance."""
    return [d for _, d in dated(text)]


def dated(text: str) -> list[tuple[int, date]]:
    """(position in ``text``, date) of every calendar date written in ``text``, in order of appearance."""
    found: list[tuple[int, date | None]] = []
    for m in _ISO.finditer(text):
        found.append((m.start(), _make(int(m[1]), int(m[2]), int(m[3]))))
    for m in _DMY.finditer(text):
        found.append((m.start(), _make(int(m[3]), int(m[2]), int(m[1]))))
    folded = fold(text)
    day_first, year_first, month_first = _month_patterns()
    for m in day_first.finditer(folded):
        found.append((m.start(), _make(int(m[3]), _month(m[2]), int(m[1]))))
    for m in year_first.finditer(folded):
        found.append((m.start(), _make(int(m[1]), _month(m[3]), int(m[2]))))
    for m in month_first.finditer(folded):
        found.append((m.start(), _make(int(m[3]), _month(m[1]), int(m[2]))))
    return [(i, d) for i, d in sorted(found, key=lambda x: x[0]) if d is not None]


def time_elements(soup: BeautifulSoup) -> list[date]:
    """Dates of ``<time datetime>`` elements (or their text when the attribute is missing)."""
    out = []
    for tag in soup.find_all("time"):
        value = str(tag.get("datetime") or tag.get_text(" ", strip=True))
        out += dates_in(value)
    return out


def published(markup: str) -> date | None:
    """The page's own publication date from its metadata (htmldate, original date, no text heuristics)."""
    try:
        found = htmldate.find_date(
            markup, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError):
        return None
    return datetime.strptime(found, "%Y-%m-%d").date() if found else None
