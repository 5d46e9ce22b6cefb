"""Agreement of axe-core with the W3C ACT Rules test cases (pure: no browser here).

Semantics (DESIGN.md, "Command-line contract", ``eindex act-check``): each test case is run with the axe
rules that declare the case's ACT rule id in their ``actIds`` metadata, whatever their tags. Expected
``failed`` agrees when a mapped rule reports a violation on the page; ``passed`` / ``inapplicable`` agree
when none does. ``incomplete`` (axe's "needs review") is reported apart and is never a violation. Cases of
ACT rules no axe rule maps to are ``unsupported``. Source of the cases and their expectations:
``WAI/content-assets/wcag-act-rules/testcases.json`` of w3c/wcag-act-rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ActCase:
    """One ACT test case as ``testcases.json`` lists it.

    ``path`` is ``relativePath`` (e.g. ``testcases/674b10/<sha1>.html``), relative to the folder of
    ``testcases.json``; ``expected`` is ``passed`` / ``failed`` / ``inapplicable``.
    """

    rule_id: str
    rule_name: str
    testcase_id: str
    title: str
    expected: str
    path: str

    @classmethod
    def from_json(cls, raw: dict) -> ActCase:
        """Build from one ``testcases`` entry. Raises KeyError when a required key is missing."""
        return cls(rule_id=raw["ruleId"], rule_name=raw.get("ruleName", ""), testcase_id=raw["testcaseId"],
                   title=raw.get("testcaseTitle", ""), expected=raw["expected"], path=raw["relativePath"])


@dataclass(frozen=True)
class CaseRun:
    """What axe reported on one case page, restricted to the mapped rules: rule ids per outcome, or
    ``error`` (a message) when the page or axe failed."""

    violations: frozenset[str] = frozenset()
    incomplete: frozenset[str] = frozenset()
    passes: frozenset[str] = frozenset()
    error: str | None = None


def act_map(axe_rules: dict[str, list[str]]) -> dict[str, list[str]]:
    """Invert axe's rule metadata ``{axe rule id: [ACT rule id, …]}`` into ``{ACT id: [axe rule ids]}``
    (sorted), the mapping axe itself declares (``actIds`` in axe-core's rule JSON)."""
    mapping: dict[str, list[str]] = {}
    for axe_id, act_ids in axe_rules.items():
        for act_id in act_ids or []:
            mapping.setdefault(act_id, []).append(axe_id)
    return {k: sorted(v) for k, v in mapping.items()}


def outcome(run: CaseRun) -> str:
    """axe's outcome on a case: ``failed`` (a violation), ``incomplete`` (needs review, no violation),
    ``passed`` (a mapped rule passed), ``inapplicable`` (none applied) or ``error: <message>``."""
    if run.error:
        return f"error: {run.error}"
    if run.violations:
        return "failed"
    if run.incomplete:
        return "incomplete"
    return "passed" if run.passes else "inapplicable"


def agrees(expected: str, got: str) -> bool:
    """Expected ``failed`` agrees only with a violation; ``passed``/``inapplicable`` agree with anything
    but a violation or an error (incomplete is not a violation)."""
    if got.startswith("error"):
        return False
    return (got == "failed") == (expected == "failed")


@dataclass
class RuleAgreement:
    """Agreement for one ACT rule, in the shape of ``act-check.schema.json``'s ``rules`` values."""

    name: str
    axe_rules: list[str]
    cases: int = 0
    agree: int = 0
    disagree: int = 0
    unsupported: int = 0
    incomplete: int = 0
    disagreements: list[dict] = field(default_factory=list)


def agreement_table(cases: list[ActCase], mapping: dict[str, list[str]],
                    runs: dict[str, CaseRun]) -> dict[str, RuleAgreement]:
    """Per ACT rule id, count cases, agreements, disagreements (each listed with the case path, its
    title, expected and got), unsupported cases and cases where axe said incomplete.

    ``runs`` is keyed by case path; a supported case without a run counts as a disagreement with
    got ``error: not run`` (never a silent skip).
    """
    table: dict[str, RuleAgreement] = {}
    for case in cases:
        axe_rules = mapping.get(case.rule_id, [])
        row = table.setdefault(case.rule_id, RuleAgreement(case.rule_name, axe_rules))
        row.cases += 1
        if not axe_rules:
            row.unsupported += 1
            continue
        got = outcome(runs.get(case.path, CaseRun(error="not run")))
        row.incomplete += got == "incomplete"
        if agrees(case.expected, got):
            row.agree += 1
        else:
            row.disagree += 1
            row.disagreements.append({"testcase": case.path, "title": case.title,
                                      "expected": case.expected, "got": got})
    return table


def totals(table: dict[str, RuleAgreement]) -> dict[str, int]:
    """Sums of cases, agree, disagree, unsupported and incomplete over all rules."""
    keys = ("cases", "agree", "disagree", "unsupported", "incomplete")
    return {k: sum(getattr(r, k) for r in table.values()) for k in keys}
