"""M17J — mobile-friendly, by the criteria of Google's Mobile-Friendly Test (retired December 2023) as
Lighthouse ≤ 11 audited them, over the mobile gatherer's :class:`MobileMetrics` (Moto G Power emulation).

The five audits (Lighthouse audit ids; sources: Lighthouse 11 ``core/audits/viewport.js``,
``content-width.js``, ``seo/font-size.js``, ``seo/tap-targets.js``, ``seo/plugins.js``):

- ``viewport`` — a ``<meta name=viewport>`` whose content has a valid ``width`` (``device-width``,
  ``device-height`` or 1–10000) or ``initial-scale`` (0.1–10): Lighthouse's "mobile-optimized" viewport.
- ``content-width`` — the page is not wider than the screen: the root element's ``scrollWidth`` ≤
  ``screen.width`` (without a meta viewport Chromium lays out 980 px, so this fails too).
- ``font-size`` — ≥ 60 % of the text characters have an effective font size ≥ 12 px (effective = computed
  size × ``visualViewport.scale``; with a fitting, mobile-optimized page the scale is 1, Lighthouse's own
  measure). Fails outright without a mobile-optimized viewport, as in Lighthouse. Text nodes are counted
  once each (Lighthouse counts per line box).
- ``tap-targets`` — no target smaller than 48×48 px whose 48×48 "finger" at its centre covers another target
  by ≥ 25 % of what it covers of the target itself (``FINGER_SIZE_PX`` 48,
  ``MAX_ACCEPTABLE_OVERLAP_SCORE_RATIO`` 0.25). Any such failure fails the audit (Lighthouse keeps the
  score below its 0.9 pass mark). Fails outright without a mobile-optimized viewport.
- ``plugins`` — no ``applet``, and no ``object`` / ``embed`` whose type is Flash, Java or Silverlight or whose
  source ends in ``.swf``, ``.flv``, ``.class`` or ``.xap``.

**Verdict per site**: mobile-friendly ("1") when the homepage and every other page the mobile gatherer
measured pass all five audits; otherwise "2", with the top 3 problems in ``notes`` (M17J_NOTES asks for the
three most important reasons): audits ordered by how many measured pages fail them, ties in the order
above. A homepage that could not be fetched, or whose mobile measurement failed, gives ``error`` rows:
an outage never decides an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from checks import vocab
from checks.artifacts import MobileMetrics, Page
from checks.detection import Detection, Evidence, single_choice

AUDITS = ("viewport", "content-width", "font-size", "tap-targets", "plugins")
M17J_OPTIONS = ["1", "2"]
MIN_FONT_PX = 12.0
MIN_LEGIBLE_PCT = 60.0
FINGER_PX = 48.0
MAX_OVERLAP_RATIO = 0.25
PLUGIN_TYPES = {"application/x-shockwave-flash", "application/x-java-applet", "application/x-java-bean",
                "application/x-silverlight", "application/x-silverlight-2"}
PLUGIN_EXTENSIONS = {"swf", "flv", "class", "xap"}
SOURCE_PARAMS = {"code", "movie", "source", "src"}
_PAIR = re.compile(r"([A-Za-z-]+)\s*=\s*([^\s,;]+)")

Rect = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass
class AuditResult:
    """One Lighthouse audit on one page: pass or fail, why, and the elements behind a failure."""

    id: str
    passed: bool
    explanation: str = ""
    evidence: list[Evidence] = field(default_factory=list)


def parse_viewport(content: str) -> dict[str, str]:
    """``"width=device-width, initial-scale=1"`` → ``{"width": "device-width", "initial-scale": "1"}``
    (keys lower-cased; comma, semicolon and white space separate pairs, as browsers accept)."""
    return {k.lower(): v for k, v in _PAIR.findall(content or "")}


def _number(value: str | None, low: float, high: float) -> bool:
    try:
        return value is not None and low <= float(value) <= high
    except ValueError:
        return False


def mobile_optimized(viewport_content: str | None) -> bool:
    """Lighthouse's ``isMobileOptimized``: a meta viewport with a valid ``width`` or ``initial-scale``."""
    if viewport_content is None:
        return False
    props = parse_viewport(viewport_content)
    width = props.get("width", "").lower()
    return width in ("device-width", "device-height") or _number(width or None, 1, 10000) \
        or _number(props.get("initial-scale"), 0.1, 10)


def audit_viewport(url: str, m: MobileMetrics) -> AuditResult:
    """Lighthouse ``viewport``."""
    if m.viewport_content is None:
        return AuditResult("viewport", False, "no <meta name=\"viewport\"> tag")
    if not mobile_optimized(m.viewport_content):
        return AuditResult("viewport", False, "the meta viewport has no valid width or initial-scale",
                           [Evidence(url, 'meta[name="viewport"]', f'<meta name="viewport" '
                                     f'content="{m.viewport_content[:200]}">', rule="viewport")])
    return AuditResult("viewport", True)


def audit_content_width(url: str, m: MobileMetrics) -> AuditResult:
    """Lighthouse ``content-width``, measured as the root's ``scrollWidth`` against ``screen.width``."""
    width = max(m.scroll_width or 0, m.client_width or 0)
    if width <= (m.screen_width or 0):
        return AuditResult("content-width", True)
    why = (f"the page is {width} px wide on a {m.screen_width} px screen "
           f"(visual viewport scale {m.visual_viewport_scale or 1:.2f})")
    return AuditResult("content-width", False, why, [Evidence(url, "html", rule="content-width", summary=why)])


def legible_pct(m: MobileMetrics) -> float | None:
    """% of text characters whose effective size (computed px × visual-viewport scale) is ≥ 12 px; None
    when the page has no text."""
    scale = m.visual_viewport_scale or 1.0
    total = sum(chars for _, chars in m.font_sizes)
    if total == 0:
        return None
    legible = sum(chars for px, chars in m.font_sizes if px * scale >= MIN_FONT_PX)
    return legible / total * 100.0


def audit_font_size(url: str, m: MobileMetrics) -> AuditResult:
    """Lighthouse ``font-size``: ≥ 60 % of the text at ≥ 12 px."""
    if not mobile_optimized(m.viewport_content):
        return AuditResult("font-size", False,
                           "text is illegible because there is no viewport meta tag optimized for mobile screens")
    pct = legible_pct(m)
    if pct is None or pct >= MIN_LEGIBLE_PCT:
        return AuditResult("font-size", True, "" if pct is None else f"{pct:.1f} % legible text")
    scale = m.visual_viewport_scale or 1.0
    why = f"only {pct:.1f} % of the text is at 12 px or more"
    evidence = [Evidence(url, s["selector"], s["snippet"], rule="font-size",
                         summary=f"{s['chars']} characters at {s['px'] * scale:.1f} px")
                for s in m.text_samples if s["px"] * scale < MIN_FONT_PX][:3]
    return AuditResult("font-size", False, why, evidence)


# --- tap targets (Lighthouse core/audits/seo/tap-targets.js and lib/tappable-rects.js, lib/rect-helpers.js)

def _rect(raw: list[float]) -> Rect:
    left, top, width, height = raw
    return (left, top, left + width, top + height)


def _contains(outer: Rect, inner: Rect) -> bool:
    return inner[0] >= outer[0] and inner[1] >= outer[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def _touch(a: Rect, b: Rect) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _overlap(a: Rect, b: Rect) -> float:
    dx = min(a[2], b[2]) - max(a[0], b[0])
    dy = min(a[3], b[3]) - max(a[1], b[1])
    return dx * dy if dx > 0 and dy > 0 else 0.0


def _center_rect(r: Rect, size: float) -> Rect:
    cx, cy = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
    return (cx - size / 2, cy - size / 2, cx + size / 2, cy + size / 2)


def _bounds(rects: list[Rect], pad: float = 0.0) -> Rect:
    return (min(r[0] for r in rects) - pad / 2, min(r[1] for r in rects) - pad / 2,
            max(r[2] for r in rects) + pad / 2, max(r[3] for r in rects) + pad / 2)


def tappable_rects(rects: list[Rect]) -> list[Rect]:
    """Lighthouse's ``getTappableRectsFromClientRects``: drop rects of ≤ 1 px, drop rects inside others,
    merge touching rects that line up (within 10 px) when the merged centre still hits one of them."""
    rects = [r for r in rects if r[2] - r[0] > 1 and r[3] - r[1] > 1]
    kept = list(dict.fromkeys(rects))
    kept = [r for i, r in enumerate(kept) if not any(j != i and _contains(o, r) for j, o in enumerate(kept))]
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(kept):
            for b in kept[i + 1:]:
                lined_up = (abs(a[1] - b[1]) <= 10 or abs(a[3] - b[3]) <= 10
                            or abs(a[0] - b[0]) <= 10 or abs(a[2] - b[2]) <= 10)
                box = _bounds([a, b])
                centre = _center_rect(box, 0)[:2]
                hits = any(r[0] <= centre[0] <= r[2] and r[1] <= centre[1] <= r[3] for r in (a, b))
                if _touch(a, b) and lined_up and hits:
                    kept = [r for r in kept if r not in (a, b)] + [box]
                    merged = True
                    break
            if merged:
                break
    return kept


def _overlap_ratio(tappable: list[Rect], others: list[Rect]) -> float:
    """The largest finger-overlap ratio of a target's tappable rects with another target's rects."""
    worst = 0.0
    for rect in tappable:
        finger = _center_rect(rect, FINGER_PX)
        own = _overlap(finger, rect)
        if own <= 0:
            continue
        for other in others:
            worst = max(worst, _overlap(finger, other) / own)
    return worst


def tap_target_failures(targets: list[dict]) -> list[tuple[dict, dict, float]]:
    """(target, overlapping target, overlap ratio) for each too-small target whose finger area hits a
    neighbour by ≥ 0.25 of what it hits of the target; the worst neighbour per target."""
    boxes = [[_rect(r) for r in t["rects"]] for t in targets]
    padded = [_bounds(b, FINGER_PX) if b else None for b in boxes]
    failures = []
    for i, target in enumerate(targets):
        if not boxes[i] or not all(r[2] - r[0] < FINGER_PX or r[3] - r[1] < FINGER_PX for r in boxes[i]):
            continue
        tappable = tappable_rects(boxes[i])
        worst: tuple[dict, dict, float] | None = None
        for j, other in enumerate(targets):
            if j == i or not boxes[j] or not _touch(padded[i], padded[j]):
                continue
            if target.get("href") and target.get("href") == other.get("href") \
                    and re.match(r"https?://", target["href"]):
                continue
            if all(_contains(a, b) or _contains(b, a) for a in tappable for b in boxes[j]):
                continue
            ratio = _overlap_ratio(tappable, boxes[j])
            if ratio >= MAX_OVERLAP_RATIO and (worst is None or ratio > worst[2]):
                worst = (target, other, ratio)
        if worst:
            failures.append(worst)
    return failures


def audit_tap_targets(url: str, m: MobileMetrics) -> AuditResult:
    """Lighthouse ``tap-targets``."""
    if not mobile_optimized(m.viewport_content):
        return AuditResult("tap-targets", False, "tap targets are too small because there is no viewport meta "
                                                 "tag optimized for mobile screens")
    failures = tap_target_failures(m.tap_targets)
    if not failures:
        return AuditResult("tap-targets", True)
    why = f"{len(failures)} of {len(m.tap_targets)} tap targets are too small and too close to another"
    evidence = []
    for target, other, ratio in sorted(failures, key=lambda f: -f[2])[:3]:
        box = _bounds([_rect(r) for r in target["rects"]])
        evidence.append(Evidence(url, target["selector"], target["snippet"], rule="tap-targets",
                                 summary=f"{box[2] - box[0]:.0f}×{box[3] - box[1]:.0f} px, a finger on it "
                                         f"also hits {other['selector']} (overlap ratio {ratio:.2f})"))
    return AuditResult("tap-targets", False, why, evidence)


def _plugin_url(url: str | None) -> bool:
    if not url:
        return False
    path = urlsplit(url.strip()).path
    return "." in path.rsplit("/", 1)[-1] and path.rsplit(".", 1)[-1].lower() in PLUGIN_EXTENSIONS


def _plugin_type(mime: str | None) -> bool:
    mime = (mime or "").strip().lower()
    return mime in PLUGIN_TYPES or mime.startswith(("application/x-java-applet", "application/x-java-bean"))


def is_plugin(item: dict) -> bool:
    """Lighthouse ``plugins``: an applet; an object/embed of a plugin MIME type; an embed whose src or
    code, an object whose data, or a code/movie/source/src ``<param>`` points at a plugin file."""
    tag = item.get("tag")
    if tag == "applet":
        return True
    if tag in ("embed", "object") and _plugin_type(item.get("type")):
        return True
    if tag == "embed" and _plugin_url(item.get("src") or item.get("code")):
        return True
    if tag == "object" and _plugin_url(item.get("data")):
        return True
    return any(name.strip().lower() in SOURCE_PARAMS and _plugin_url(value)
               for name, value in item.get("params") or [])


def audit_plugins(url: str, m: MobileMetrics) -> AuditResult:
    """Lighthouse ``plugins``."""
    found = [e for e in m.embedded if is_plugin(e)]
    if not found:
        return AuditResult("plugins", True)
    evidence = [Evidence(url, e.get("selector"), f"<{e['tag']} type={e.get('type')!r} "
                         f"src={e.get('src') or e.get('data') or e.get('code')!r}>", rule="plugins")
                for e in found[:3]]
    return AuditResult("plugins", False, f"{len(found)} plugin element(s) (Flash, Java or Silverlight)", evidence)


def audit_page(page: Page) -> list[AuditResult]:
    """The five audits on one measured page, in the order of :data:`AUDITS`. Raises ValueError when the
    page has no usable mobile measurement."""
    m = page.mobile
    if m is None or m.error is not None:
        raise ValueError(f"{page.url}: no mobile measurement")
    results = [audit_viewport(page.url, m), audit_content_width(page.url, m), audit_font_size(page.url, m),
               audit_tap_targets(page.url, m), audit_plugins(page.url, m)]
    for r in results:
        if not r.passed and not r.evidence:
            r.evidence = [Evidence(page.url, rule=r.id)]
        r.evidence = [Evidence(**{**vars(e), "summary": e.summary or r.explanation,
                                  "screenshot": e.screenshot or page.mobile_screenshot}) for e in r.evidence]
    return results


def top_problems(per_page: dict[str, list[AuditResult]], limit: int = 3) -> list[dict]:
    """The ``limit`` audits failed on most measured pages (ties in :data:`AUDITS` order), each as
    ``{id, lv, en}`` (titles from ``checks/vocab/mobile.yaml``, plus how many pages fail)."""
    titles = vocab.load("mobile")
    total = len(per_page)
    counts = {a: sum(1 for rs in per_page.values() for r in rs if r.id == a and not r.passed) for a in AUDITS}
    ranked = sorted((a for a in AUDITS if counts[a]), key=lambda a: (-counts[a], AUDITS.index(a)))[:limit]
    return [{"id": a, "en": f"{titles[a]['en']} ({counts[a]} of {total} pages)",
             "lv": f"{titles[a]['lv']} ({counts[a]} no {total} lapām)"} for a in ranked]


def m17j(pages: list[Page], homepage_url: str, homepage_ok: bool) -> list[Detection]:
    """M17J rows for one site from the pages the mobile gatherer measured (see the module docstring)."""
    if not homepage_ok:
        return single_choice("M17J", M17J_OPTIONS, "2", "error", 1.0, reason="homepage could not be fetched")
    measured = [p for p in pages if p.mobile is not None and p.mobile.error is None]
    if not any(p.url == homepage_url for p in measured):
        home = next((p for p in pages if p.url == homepage_url), None)
        why = home.mobile.error if home is not None and home.mobile is not None else "not rendered"
        return single_choice("M17J", M17J_OPTIONS, "2", "error", 1.0,
                             reason=f"homepage not measured in mobile emulation: {why}")
    per_page = {p.url: audit_page(p) for p in measured}
    problems = top_problems(per_page)
    skipped = len([p for p in pages if p.rendered]) - len(measured)
    note = f"; {skipped} rendered page(s) could not be measured" if skipped > 0 else ""
    if not problems:
        return single_choice("M17J", M17J_OPTIONS, "1", "detected", 0.9,
                             reason=f"all 5 Lighthouse mobile audits pass on {len(measured)} page(s){note}")
    evidence = [e for rs in per_page.values() for r in rs if not r.passed for e in r.evidence]
    pages_failing = sum(1 for rs in per_page.values() if any(not r.passed for r in rs))
    return single_choice("M17J", M17J_OPTIONS, "2", "detected", 0.9, notes=problems, evidence=evidence[:30],
                         reason=f"{pages_failing} of {len(measured)} measured page(s) fail: "
                                f"{', '.join(p['id'] for p in problems)}{note}")


def headline(detections: list[Detection]) -> tuple[bool | None, list[dict]]:
    """(mobile_friendly, mobile_problems) for a site's summary from its M17J rows: True/False when
    decided, None otherwise; the problems are the notes of the chosen row."""
    chosen = [d for d in detections if d.question_id == "M17J" and d.value and d.decided]
    if not chosen:
        return None, []
    return chosen[0].option == "1", list(chosen[0].notes or [])
