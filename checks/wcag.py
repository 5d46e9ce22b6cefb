"""M16J — WCAG 2.x A/AA conformance group from axe-core results.

**Conformance** (DESIGN.md, "Conformance"): over a site's rendered pages, a (page, axe rule) pair passes
when axe lists the rule in ``passes`` and not in ``violations`` and fails when it is in ``violations``;
inapplicable and incomplete ("needs review") pairs are not counted either way. Conformance % =
passed / (passed + failed) × 100, unrounded.

**Groups** — the seed's M16J options (questionnaire, source lines 8283–8307): 1 "> 95 %", 2 "85–95 %",
3 "70–84.99 %", 4 "below 70 % or cannot be assessed". On the unrounded value: > 95 → 1; 85 ≤ x ≤ 95 → 2;
70 ≤ x < 85 → 3; < 70 or nothing assessable → 4. The seed measured WCAG 2.0 AA with the EIII checker,
which scored sampled pages per success criterion; eindex scores (page, axe rule) pairs instead, so each
page weighs by the rules that apply to it (the seed's questionnaire notes on M16J name the EIII page
checker, http://checkers.eiii.eu/en/pagecheck2.0/).

**Rules** run are the axe tags the methodology pins (2019: ``wcag2a``, ``wcag2aa``), by default WCAG 2.1
A/AA (EN 301 549). Every failing pair becomes one piece of evidence (rule id, WCAG success criteria read
from axe's ``wcagNNN`` tags, impact, page URL, first target selector, HTML snippet, failure summary, help
link), and the site's most failed success criteria go into the detection's ``notes`` as the institution's
"what to improve" list.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from checks import vocab
from checks.artifacts import Page
from checks.detection import Detection, Evidence, single_choice

M16J_OPTIONS = ["1", "2", "3", "4"]
DEFAULT_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
TOP_CRITERIA = 5
_SC_TAG = re.compile(r"^wcag(\d)(\d)(\d+)$")


def criteria_of(tags: list[str]) -> list[str]:
    """WCAG success criteria named by axe's tags: ``wcag111`` → ``1.1.1``, ``wcag1412`` → ``1.4.12``
    (principle and guideline are one digit each in WCAG 2.x). Level tags (``wcag2aa``, ``wcag21a``) and
    others are ignored."""
    found = []
    for tag in tags:
        m = _SC_TAG.match(tag)
        if m:
            found.append(".".join(m.groups()))
    return found


@dataclass
class PageConformance:
    """One page's (page, axe rule) pairs: rule ids that passed and failed, and the rules with elements
    axe left incomplete (needs review; listed for experts, never counted as pass or fail)."""

    url: str
    passed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)

    @property
    def tested(self) -> bool:
        """True when at least one page has an axe result (rendered and tested)."""
        return bool(self.pages)

    @property
    def pct(self) -> float | None:
        """The page's own conformance %, None when no pair was assessable."""
        total = len(self.passed) + len(self.failed)
        return None if total == 0 else len(self.passed) / total * 100.0


@dataclass
class Conformance:
    """Conformance over a site's rendered pages, with the page-level detail in crawl order."""

    pages: list[PageConformance] = field(default_factory=list)

    @property
    def passed(self) -> int:
        """Passed (page, rule) pairs."""
        return sum(len(p.passed) for p in self.pages)

    @property
    def failed(self) -> int:
        """Failed (page, rule) pairs."""
        return sum(len(p.failed) for p in self.pages)

    @property
    def per_page(self) -> dict[str, tuple[int, int]]:
        """Page URL → (passed, failed) pair counts."""
        return {p.url: (len(p.passed), len(p.failed)) for p in self.pages}

    @property
    def tested(self) -> bool:
        """True when at least one page has an axe result (rendered and tested)."""
        return bool(self.pages)

    @property
    def pct(self) -> float | None:
        """passed / (passed + failed) × 100, unrounded; None when nothing was assessable."""
        total = self.passed + self.failed
        return None if total == 0 else self.passed / total * 100.0


def conformance(pages: list[Page]) -> Conformance:
    """Count (page, axe rule) pairs over ``pages`` (DESIGN.md); pages without an axe result are skipped."""
    result = Conformance()
    for page in pages:
        if page.axe is None:
            continue
        failed = page.axe.violated_rules
        result.pages.append(PageConformance(
            url=page.url, passed=sorted(set(page.axe.passes) - failed), failed=sorted(failed),
            incomplete=sorted({i["id"] for i in page.axe.incomplete})))
    return result


def wcag_group(pct: float | None) -> int:
    """M16J group from the unrounded conformance %: > 95 → 1; 85 ≤ x ≤ 95 → 2; 70 ≤ x < 85 → 3;
    < 70 or nothing assessable (None) → 4 (seed M16J options, DESIGN.md)."""
    if pct is None or pct < 70:
        return 4
    if pct > 95:
        return 1
    if pct >= 85:
        return 2
    return 3


def failure_evidence(pages: list[Page]) -> list[Evidence]:
    """One evidence per failing (page, axe rule) pair, from the rule's first failing element; the
    summary says how many more elements fail the same rule on that page."""
    evidence = []
    for page in pages:
        if page.axe is None:
            continue
        for violation in page.axe.violations:
            nodes = violation.get("nodes") or [{}]
            node = nodes[0]
            target = (node.get("target") or [None])[0]
            summary = node.get("failureSummary") or violation.get("help") or ""
            if len(nodes) > 1:
                summary += f" (+{len(nodes) - 1} more element{'s' if len(nodes) > 2 else ''} on this page)"
            evidence.append(Evidence(
                url=page.url, selector=None if target is None else str(target),
                snippet=(node.get("html") or "")[:500] or None, screenshot=page.screenshot,
                rule=violation["id"], criteria=criteria_of(violation.get("tags", [])),
                impact=violation.get("impact"), summary=summary[:1000] or None,
                help_url=violation.get("helpUrl")))
    return evidence


def top_criteria(pages: list[Page], limit: int = TOP_CRITERIA) -> list[dict]:
    """The site's most failed WCAG success criteria: ``[{id, level, en, lv, pairs, pages, rules}]``,
    ordered by failing (page, rule) pairs, then pages, then SC number. A violation of a rule tagged with
    no success criterion (best practices) is not listed. Titles: ``checks/vocab/wcag_criteria.yaml``."""
    titles = vocab.load("wcag_criteria")
    pairs: Counter[str] = Counter()
    pages_of: dict[str, set[str]] = defaultdict(set)
    rules_of: dict[str, set[str]] = defaultdict(set)
    for page in pages:
        for violation in page.axe.violations if page.axe else []:
            for sc in criteria_of(violation.get("tags", [])):
                pairs[sc] += 1
                pages_of[sc].add(page.url)
                rules_of[sc].add(violation["id"])

    def order(sc: str) -> tuple:
        return (-pairs[sc], -len(pages_of[sc]), [int(x) for x in sc.split(".")])

    out = []
    for sc in sorted(pairs, key=order)[:limit]:
        title = titles.get(sc, {})
        out.append({"id": sc, "level": title.get("level"), "en": title.get("en", f"WCAG {sc}"),
                    "lv": title.get("lv", f"WCAG {sc}"), "pairs": pairs[sc], "pages": len(pages_of[sc]),
                    "rules": sorted(rules_of[sc])})
    return out


def _reason(conf: Conformance, pages: list[Page]) -> str:
    axe = next((p.axe for p in pages if p.axe is not None), None)
    engine = f"axe-core {axe.version}, tags {','.join(axe.tags)}" if axe else "no axe result"
    if conf.pct is None:
        return f"nothing assessable: no axe rule passed or failed on any rendered page ({engine})"
    review = sum(len(p.incomplete) for p in conf.pages)
    return (f"{conf.passed} passed / {conf.failed} failed (page, axe rule) pairs on {len(conf.pages)} "
            f"rendered pages = {conf.pct:.2f} %; {review} (page, rule) pairs have elements that need review "
            f"({engine})")


def m16j(pages: list[Page], homepage_ok: bool) -> tuple[list[Detection], Conformance]:
    """M16J detections for one site (a row per option, the group's row true) plus the conformance behind
    them. ``measure`` is the unrounded conformance %, ``notes`` the top failing success criteria.

    A site whose homepage could not be fetched, or whose pages all failed to render or to run axe (browser
    crash, render timeout), gets ``error`` rows and no group: an outage never decides an answer
    (DESIGN.md). "Nothing assessable" on a site axe did test is group 4, as the seed's option 4 says
    ("cannot be assessed").
    """
    conf = conformance(pages)
    if not homepage_ok:
        return single_choice("M16J", M16J_OPTIONS, "4", "error", 1.0,
                             reason="homepage could not be fetched"), conf
    if not conf.tested:
        return single_choice("M16J", M16J_OPTIONS, "4", "error", 1.0,
                             reason="no page could be rendered and tested with axe-core"), conf
    return single_choice("M16J", M16J_OPTIONS, str(wcag_group(conf.pct)), "detected", 1.0,
                         reason=_reason(conf, pages), measure=conf.pct, notes=top_criteria(pages),
                         evidence=failure_evidence(pages)), conf
