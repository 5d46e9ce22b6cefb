"""Crawler-trap guards: URLs a frontier must not follow however many links point at them.

Four rules, in the spirit of Heritrix's ``TooManyPathSegments``/``PathologicalPath`` decide rules and
of the calendar and session traps the EIII crawler documented:

- URL length over ``max_length`` characters (browsers and servers stop around 2,000; RFC 9110 §4.1
  recommends supporting at least 8,000, so 2,000 is a politeness cap, not a protocol one);
- repeating path segments: a segment occurring ``max_repeats`` times or more, or a run of segments
  repeated back to back (``/a/b/a/b/``), the shape of relative-link loops;
- query-parameter explosion (faceted search, sort/filter combinations): more than ``max_params``
  parameters in one URL, or more than ``max_keysets`` different sets of parameter names on one path
  (``/list?sort=a``, ``/list?sort=a&page=2``, ``/list?page=2&view=grid`` …); plain ``?id=N`` pages are
  many values of one key set and stay followable;
- calendar-like paths: URLs whose path or query carries a date or year/month (``/2024/05/``,
  ``?date=2024-05-17``, ``month=5&year=2024``) are grouped by their shape with the numbers blanked,
  and at most ``max_variants`` URLs of one shape are followed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d[-/_.](?:0?[1-9]|1[0-2])(?!\d)")
_CAL_WORDS = re.compile(r"calendar|kalendar|event|notikum|date|datum|month|mēnes|menes|year|gads|day|diena",
                        re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


@dataclass
class TrapGuard:
    """Stateful per site: ``check(url)`` returns None for a followable URL or the reason it is a trap.

    Counts are kept per site audit, so the variant caps hold across the whole crawl.
    """

    max_length: int = 2000
    max_repeats: int = 3
    max_params: int = 12
    max_keysets: int = 10
    max_variants: int = 30
    _keysets: dict[str, set[tuple[str, ...]]] = field(default_factory=lambda: defaultdict(set))
    _shapes: Counter = field(default_factory=Counter)

    def check(self, url: str) -> str | None:
        """None when ``url`` may be followed, else a short human-readable reason."""
        if len(url) > self.max_length:
            return f"URL longer than {self.max_length} characters"
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        reason = _repeating(segments, self.max_repeats)
        if reason:
            return reason
        params = parse_qsl(parts.query, keep_blank_values=True)
        if len(params) > self.max_params:
            return f"{len(params)} query parameters (more than {self.max_params})"
        if params:
            keys, seen = tuple(sorted({k for k, _ in params})), self._keysets[parts.path]
            if keys not in seen and len(seen) >= self.max_keysets:
                return f"more than {self.max_keysets} parameter combinations on {parts.path}"
            seen.add(keys)
        if _calendar_like(parts.path, parts.query):
            shape = _DIGITS.sub("#", f"{parts.path}?{'&'.join(k for k, _ in params)}")
            if self._shapes[shape] >= self.max_variants:
                return f"calendar-like URL shape {shape!r} seen {self.max_variants} times"
            self._shapes[shape] += 1
        return None


def _repeating(segments: list[str], max_repeats: int) -> str | None:
    counts = Counter(segments)
    if counts and max(counts.values()) >= max_repeats:
        seg, n = counts.most_common(1)[0]
        return f"path segment {seg!r} repeated {n} times"
    for size in range(1, len(segments) // 2 + 1):
        for start in range(len(segments) - 2 * size + 1):
            if segments[start:start + size] == segments[start + size:start + 2 * size] and (
                    size > 1 or not segments[start].isdigit()):
                return f"path segments {'/'.join(segments[start:start + size])!r} repeated back to back"
    return None


def _calendar_like(path: str, query: str) -> bool:
    text = f"{path}?{query}"
    return bool(_DATE.search(text)) or (bool(_CAL_WORDS.search(text)) and bool(_DIGITS.search(text)))
