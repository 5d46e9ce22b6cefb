"""Website usability features of M08 (seed questionnaire, expert items L8076 ff.).

Implemented here: option 7, site search. A site has search when a rendered page (the homepage first)
carries a search landmark (``role=search``, ARIA 1.2 / WCAG SC 2.4.5 technique G161), an
``<input type=search>``, or a form whose action, field name or label says "search" in one of the
vocabulary's languages (``checks/vocab/features.yaml``).
"""

from __future__ import annotations

from bs4 import Tag

from checks import vocab
from checks.artifacts import Page
from checks.detection import Detection, Evidence
from checks.dom import css_selector, parse, snippet


def _has_hint(value: str, hints: list[str]) -> bool:
    value = value.lower()
    return any(h in value for h in hints)


def _search_signal(soup) -> tuple[Tag, float, str] | None:
    """The strongest search element on a page: (element, confidence, why), or None."""
    words = vocab.load("features")["search"]
    landmark = soup.find(attrs={"role": "search"})
    if landmark is not None:
        return landmark, 0.98, "search landmark (role=search)"
    box = soup.find("input", attrs={"type": "search"})
    if box is not None:
        return (box.find_parent("form") or box), 0.97, "input type=search"
    for form in soup.find_all("form"):
        action = str(form.get("action") or "")
        fields = form.find_all("input")
        names = [str(f.get("name") or "").lower() for f in fields]
        texts = " ".join(str(f.get(a) or "") for f in fields for a in ("placeholder", "aria-label", "title",
                                                                        "value", "id"))
        labels = " ".join(lbl.get_text(" ") for lbl in form.find_all(["label", "button"]))
        if _has_hint(texts + " " + labels, words["labels"]) and any(n in words["input_names"] for n in names):
            return form, 0.95, "form with a search field and label"
        if _has_hint(action, words["url_hints"]) and any(f.get("type", "text") == "text" for f in fields):
            return form, 0.9, f"form posting to {action!r}"
    return None


def site_search(pages: list[Page]) -> Detection:
    """M08 option 7 ("site search") over the rendered pages (DOM snapshot, else HTTP body).

    Returns ``detected`` with the element as evidence, or ``not_detected`` (confidence 0.8: a
    scripted search widget loaded from a missing asset could hide it) when no page shows one, or
    ``error`` when no page could be read.
    """
    readable = [p for p in pages if (p.dom or p.html)]
    for page in readable:
        found = _search_signal(parse(page.dom or page.html or ""))
        if found:
            element, confidence, why = found
            return Detection("M08", "7", True, "detected", confidence, reason=why, evidence=[
                Evidence(url=page.url, selector=css_selector(element), snippet=snippet(element),
                         screenshot=page.screenshot)])
    if not readable:
        return Detection("M08", "7", None, "error", 1.0, reason="no page could be read")
    return Detection("M08", "7", False, "not_detected", 0.8,
                     reason=f"no search form on {len(readable)} pages")
