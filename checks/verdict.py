"""Constructors for the detections of the checklist checks, so every answer carries its evidence in
the one encoding of DESIGN.md ("Detections: one encoding for every item")."""

from __future__ import annotations

from bs4 import Tag

from checks.detection import Detection, Evidence
from checks.dom import css_selector, text_of
from checks.siteview import PageView

SNIPPET = 300


def evidence(view: PageView, element: Tag | None = None, text: str | None = None) -> Evidence:
    """Evidence for ``element`` on a page: URL, CSS selector, visible text (or ``text``), screenshot."""
    snippet = text if text is not None else (text_of(element) if element is not None else view.page.title)
    return Evidence(
        url=view.url,
        selector=css_selector(element) if element is not None else None,
        snippet=(snippet or "")[:SNIPPET],
        screenshot=view.page.screenshot,
    )


def detected(
    item: str, option: str, confidence: float, reason: str, proof: list[Evidence], subject: str | None = None
) -> Detection:
    """The option holds, on evidence."""
    return Detection(
        item, option, True, "detected", confidence, reason=reason, subject=subject, evidence=proof
    )


def not_detected(
    item: str,
    option: str,
    confidence: float,
    reason: str,
    subject: str | None = None,
    proof: list[Evidence] | None = None,
) -> Detection:
    """The option was checked and does not hold."""
    return Detection(
        item, option, False, "not_detected", confidence, reason=reason, subject=subject, evidence=proof or []
    )


def review(
    item: str,
    option: str,
    reason: str,
    guess: bool | None = None,
    proof: list[Evidence] | None = None,
    subject: str | None = None,
    confidence: float = 0.5,
) -> Detection:
    """Weak evidence: a person decides (``value`` is the best guess or None)."""
    return Detection(
        item, option, guess, "needs_review", confidence, reason=reason, subject=subject, evidence=proof or []
    )


def unreadable(item: str, options: list[str], subject: str | None = None) -> list[Detection]:
    """``error`` rows for every option when no page of the site could be read."""
    return [
        Detection(item, o, None, "error", 1.0, reason="no page of the site could be read", subject=subject)
        for o in options
    ]
