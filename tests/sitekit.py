"""Latvian-language test sites (``tests/sites/<name>/``) rendered for a given day and served on 127.0.0.1.

The sites' pages are templates so their dates stay relative to the day the tests run (news "3 days
ago", a consultation deadline "in 10 days"):
``{{date:-3}}`` → ``26.11.2026.``; ``{{date:+10:iso}}`` → ``2026-12-09``; ``{{date:-3:lv}}`` →
``2026. gada 26. novembris``; ``{{date:-3:en}}`` → ``26 November 2026``. ``{{include:_header.html}}``
inserts a partial of the same site (files starting with ``_`` are partials, not pages).
"""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path

SITES = Path(__file__).parent / "sites"
LABELS = Path(__file__).parent / "labels"
LV_MONTHS = [
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
]
_DATE = re.compile(r"\{\{date:([+-]\d+)(?::(\w+))?\}\}")
_INCLUDE = re.compile(r"\{\{include:([\w.-]+)\}\}")


def format_date(day: date, style: str | None) -> str:
    """One date in the sites' formats (see module docstring)."""
    if style == "iso":
        return day.isoformat()
    if style == "lv":
        return f"{day.year}. gada {day.day}. {LV_MONTHS[day.month - 1]}"
    if style == "en":
        return day.strftime("%-d %B %Y")
    return day.strftime("%d.%m.%Y.")


def render_text(text: str, today: date, partials: Path) -> str:
    """Expand includes (one level deep is enough for these sites, applied twice) and date tokens."""
    for _ in range(2):
        text = _INCLUDE.sub(lambda m: (partials / m[1]).read_text(encoding="utf-8"), text)
    return _DATE.sub(lambda m: format_date(today + timedelta(days=int(m[1])), m[2]), text)


def render_site(name: str, dest: Path, today: date) -> Path:
    """Render ``tests/sites/<name>`` into ``dest/<name>`` for ``today``; returns the web root."""
    src = SITES / name
    root = dest / name
    for path in src.rglob("*"):
        rel = path.relative_to(src)
        target = root / rel
        if path.is_dir() or path.name.startswith("_"):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix in (".html", ".htm", ".txt", ".xml"):
            target.write_text(render_text(path.read_text(encoding="utf-8"), today, src), encoding="utf-8")
        else:
            shutil.copyfile(path, target)
    return root
