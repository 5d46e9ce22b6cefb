"""M16J — WCAG 2.x A/AA conformance group from axe-core results.

Source of the bands: the seed's M16J options (questionnaire L8076 ff.; 1 ">95%", 2 "85–95%",
3 "70–84.99%", 4 "below 70% or cannot be assessed"). The seed measured WCAG 2.0 AA with the EIII
checker, which scored sampled pages per success criterion; eindex scores (page, axe rule) pairs over
the rendered pages instead (DESIGN.md, "Conformance").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checks.artifacts import Page
from checks.detection import Detection, Evidence, single_choice

M16J_OPTIONS = ["1", "2", "3", "4"]
DEFAULT_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@dataclass
class Conformance:
    """Conformance over a site's rendered pages.

    ``pct`` is passed / (passed + failed) × 100, unrounded, or None when no pair was assessable.
    ``per_page`` maps page URL → (passed, failed) pair counts.
    """

    passed: int = 0
    failed: int = 0
    per_page: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def pct(self) -> float | None:
        total = self.passed + self.failed
        return None if total == 0 else self.passed / total * 100.0


def conformance(pages: list[Page]) -> Conformance:
    """Count (page, axe rule) pairs: a pair passes when axe lists the rule in ``passes`` and not in
    ``violations``; fails when it is in ``violations``. Inapplicable and incomplete pairs are not
    counted (DESIGN.md). Pages without an axe result are skipped."""
    result = Conformance()
    for page in pages:
        if page.axe is None:
            continue
        failed = page.axe.violated_rules
        passed = set(page.axe.passes) - failed
        result.per_page[page.url] = (len(passed), len(failed))
        result.passed += len(passed)
        result.failed += len(failed)
    return result


def wcag_group(pct: float | None) -> int:
    """M16J group from the unrounded conformance %: > 95 → 1; 85 ≤ x ≤ 95 → 2; 70 ≤ x < 85 → 3;
    < 70 or nothing assessable (None) → 4 (seed M16J bands, DESIGN.md)."""
    if pct is None or pct < 70:
        return 4
    if pct > 95:
        return 1
    if pct >= 85:
        return 2
    return 3


def m16j(pages: list[Page], homepage_ok: bool) -> tuple[list[Detection], Conformance]:
    """M16J detections for one site plus the conformance behind them.

    A site whose homepage could not be fetched gets ``error`` rows and no group (an outage never
    decides an answer). Evidence: every failing (page, rule) with its first target selector and
    HTML snippet.
    """
    conf = conformance(pages)
    if not homepage_ok:
        return single_choice("M16J", M16J_OPTIONS, "4", "error", 1.0,
                             reason="homepage could not be fetched"), conf
    group = wcag_group(conf.pct)
    reason = ("nothing assessable: no axe rule passed or failed on any rendered page"
              if conf.pct is None else
              f"{conf.passed} passed / {conf.failed} failed (page, axe rule) pairs on "
              f"{len(conf.per_page)} rendered pages")
    return single_choice("M16J", M16J_OPTIONS, str(group), "detected", 1.0, reason=reason,
                         measure=conf.pct, evidence=_failure_evidence(pages)), conf


def _failure_evidence(pages: list[Page]) -> list[Evidence]:
    evidence = []
    for page in pages:
        if page.axe is None:
            continue
        for violation in page.axe.violations:
            node = (violation.get("nodes") or [{}])[0]
            target = node.get("target") or [None]
            evidence.append(Evidence(
                url=page.url, selector=str(target[0]) if target[0] is not None else None,
                snippet=f"[{violation['id']}] {node.get('html', '')}"[:500],
                screenshot=page.screenshot))
    return evidence
