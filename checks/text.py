"""Vocabulary matching over page text, URLs and labels: case- and diacritic-insensitive, anchored at
word starts so a stem ("līdzdalīb") matches its inflections ("līdzdalība", "līdzdalības"); a term
ending in "$" must also end a word. A term starting with "=" keeps its diacritics: it matches only text the
caller gives unfolded, so the Latvian chat label "=čat" does not read the English "cats".

Folding follows Unicode NFKD with combining marks removed (Unicode Standard Annex #15), so Latvian
"Sabiedrības līdzdalība" and a URL slug "sabiedribas-lidzdaliba" meet as "sabiedribas lidzdaliba".
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from urllib.parse import unquote, urlsplit

_WS = re.compile(r"\s+")
_SEP = re.compile(r"[-_/+.%]+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics, collapse whitespace: "Līdzdalība" → "lidzdaliba"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _WS.sub(" ", "".join(c for c in decomposed if not unicodedata.combining(c))).strip()


def fold_url(url: str) -> str:
    """A URL's path and query folded, separators as spaces: "/lv/sabiedribas-lidzdaliba" → "lv sabiedribas
    lidzdaliba"."""
    parts = urlsplit(url)
    return _SEP.sub(" ", fold(unquote(parts.path + " " + parts.query))).strip()


def _casefold(text: str) -> str:
    """Lower-case (NFC, so a decomposed "č" meets a composed one), whitespace collapsed; diacritics kept."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text.casefold())).strip()


def _alternative(term: str) -> str:
    """A term as a regex: a trailing "$" anchors it at a word end ("elektroniski$" is not "elektroniskie");
    a leading "=" keeps the term's diacritics ("=čatā" is not "catalogue")."""
    strict, body = term.startswith("="), term.removeprefix("=")
    core = body.removesuffix("$")
    pattern = re.escape(_casefold(core) if strict else fold(core))
    return pattern + r"(?!\w)" if body.endswith("$") else pattern


@cache
def _pattern(terms: tuple[str, ...], strict: bool = False) -> re.Pattern:
    """One regex of ``terms``: the plain ones (for folded text), or with ``strict`` the "="-prefixed ones."""
    chosen = {_alternative(t) for t in terms if t.strip() and t.startswith("=") == strict}
    alternatives = sorted(chosen, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")") if alternatives else re.compile(r"(?!)")


def find_term(text: str, terms: list[str] | tuple[str, ...], folded: bool = False) -> str | None:
    """The first vocabulary term (folded) that starts a word of ``text``, or None.
    ``folded`` says ``text`` is already folded; such text has lost its diacritics, so the "="-prefixed terms
    (see the module) are matched only when it is not."""
    match = _pattern(tuple(terms)).search(text if folded else fold(text))
    if match is None and not folded:
        match = _pattern(tuple(terms), strict=True).search(_casefold(text))
    return match.group(0) if match else None


def exact_term(text: str, terms: list[str] | tuple[str, ...]) -> bool:
    """True when the whole of ``text`` (folded, trimmed of punctuation) is one of ``terms``."""
    return fold(text).strip(" .:;,!?»«\"'()[]|–-") in {fold(t) for t in terms}


def near(text: str, first: list[str], second: list[str], window: int, folded: bool = True) -> bool:
    """True when a term of ``first`` and a term of ``second`` start within ``window`` characters of each
    other in ``text`` (folded unless ``folded`` is False)."""
    text = text if folded else fold(text)
    a = [m.start() for m in _pattern(tuple(first)).finditer(text)]
    if not a:
        return False
    b = [m.start() for m in _pattern(tuple(second)).finditer(text)]
    return any(abs(i - j) <= window for i in a for j in b)


@cache
def _sentence_end(ends: str) -> re.Pattern:
    return re.compile(rf"(?<=[{re.escape(ends)}])\s+")


def sentences(text: str, ends: str = ".!?") -> list[str]:
    """``text`` split after each of ``ends`` followed by white space: "Zvaniet 67020396. Konsultācijas
    nesniedz …" → ["Zvaniet 67020396.", "Konsultācijas nesniedz …"]."""
    return _sentence_end(ends).split(text)


def leading_term(label: str, terms: list[str] | tuple[str, ...]) -> str | None:
    """The vocabulary term that ``label`` (folded) starts with, or None:
    "iedzivotajiem un …" → "iedzivotajiem"."""
    term = find_term(label, terms, folded=True)
    return term if term and label.startswith(term) else None
