"""Self-assessment import: read a CSV or XLSX file and validate it against the questionnaire.

Formats (README, "Self-assessment import"):
* **long** — columns ``institution_id, question_id, value`` and optional ``year`` (must equal the
  import year) and ``service_id`` (required for per-service items: P52…P53_E, P1023, P1024, the
  individual service questionnaire);
* **wide** — one row per institution (or institution + ``service_id``), a column per question id;
  empty cells are no answer.
Multi-choice answers are option codes joined by ``;`` (``1;3``); "data not available" is ``NA``.

Errors (nothing is imported): unreadable file or missing columns, unknown institution or question, a year
other than the import year, a per-service item without ``service_id`` (or an institution item with one),
a duplicate answer, an option code the item does not have, several codes for a single-choice item, an
exclusive "none" option ticked with others, a count that is not a non-negative integer.
Warnings (imported only when accepted): an answer whose filter does not hold (evaluated over the same
file's answers of the institution, and of the service for per-service items), an item the experts or the
automatic tools answer, per-service channel sums that do not add up (P52 = P52_K + P52_T + P52_P + P52_E;
P53 likewise; seed L2756–2758: such statistics are left out of electronisation).
Row numbers are spreadsheet rows: the header is row 1.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from scoring.questionnaire import Item
from scoring.services import stage_complete

ID_COLUMNS = ("institution_id", "service_id", "year")
CHANNEL_SUMS = {"P52": ["P52_K", "P52_T", "P52_P", "P52_E"], "P53": ["P53_K", "P53_T", "P53_P", "P53_E"]}


@dataclass(frozen=True)
class Record:
    """One answer as read: spreadsheet ``row``, ``column`` holding the value, ids and the value text."""

    row: int
    column: str
    institution_id: str
    question_id: str
    service_id: str
    value: str


@dataclass(frozen=True)
class Problem:
    """An error or warning with where it is (``import.schema.json`` $defs/problem)."""

    row: int | None
    column: str | None
    value: object
    code: str
    message: str

    def to_dict(self) -> dict:
        """The problem object of ``import.schema.json``."""
        return {"row": self.row, "column": self.column, "value": self.value, "code": self.code,
                "message": self.message}


@dataclass
class Report:
    """The validation outcome: the normalised answers and every problem found."""

    records: list[Record] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def institutions(self) -> int:
        """Number of distinct institutions with an answer."""
        return len({r.institution_id for r in self.records})


class ReadError(ValueError):
    """The file cannot be read as a CSV or XLSX table."""


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of the file's first table as header → text. Raises ReadError on an unreadable file."""
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True, data_only=True)
            rows = [[_cell(v) for v in r] for r in wb.worksheets[0].iter_rows(values_only=True)]
            wb.close()
        else:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                rows = [[_cell(v) for v in r] for r in csv.reader(fh)]
    except (OSError, UnicodeDecodeError, csv.Error, ValueError, KeyError) as exc:
        raise ReadError(f"cannot read {path.name}: {exc}") from exc
    except Exception as exc:  # openpyxl raises zipfile/XML errors of several kinds on a non-XLSX file
        raise ReadError(f"cannot read {path.name} as XLSX: {exc}") from exc
    if not rows:
        raise ReadError(f"{path.name} is empty")
    header = [h.strip() for h in rows[0]]
    return [dict(zip(header, r + [""] * (len(header) - len(r)), strict=False)) for r in rows[1:]]


def to_records(rows: list[dict[str, str]], year: int) -> tuple[list[Record], list[Problem]]:
    """Long or wide rows → records; errors for a missing id column or a wrong year."""
    if not rows:
        return [], []
    header = list(rows[0])
    if "institution_id" not in header:
        return [], [Problem(1, None, header, "missing_column", "no institution_id column")]
    long = "question_id" in header
    if long and "value" not in header:
        return [], [Problem(1, None, header, "missing_column", "long format needs a value column")]
    records, problems = [], []
    for n, row in enumerate(rows, start=2):
        if not any(row.values()):
            continue
        if row.get("year", "") not in ("", str(year)):
            problems.append(Problem(n, "year", row["year"], "year",
                                    f"year {row['year']} is not the import year {year}"))
            continue
        inst, service = row.get("institution_id", ""), row.get("service_id", "")
        if long:
            records.append(Record(n, "value", inst, row["question_id"], service, row["value"]))
        else:
            records += [Record(n, col, inst, col, service, val) for col, val in row.items()
                        if col not in ID_COLUMNS and col and val != ""]
    return records, problems


def _codes(value: str) -> list[str]:
    return [c.strip() for c in value.split(";") if c.strip()]


def _normalise(item: Item, rec: Record) -> tuple[str | None, Problem | None]:
    """The value to store, or the error it has."""
    value = rec.value.strip()

    def bad(code: str, message: str) -> tuple[None, Problem]:
        return None, Problem(rec.row, rec.column, rec.value, code, f"{rec.question_id}: {message}")

    if value == "NA" or item.kind == "text":
        return value, None
    if item.kind == "number":
        if not value.isdigit():
            return bad("not_a_count", "a count must be a non-negative integer or NA")
        return str(int(value)), None
    codes = _codes(value)
    unknown = [c for c in codes if c not in item.options]
    if not codes or unknown:
        allowed = sorted(item.options, key=_key)
        return bad("unknown_option", f"option(s) {unknown or value!r} not in {allowed}")
    if item.kind != "multi" and len(codes) > 1:
        return bad("single_choice", "a single-choice item takes one option")
    if len(set(codes)) > 1 and set(codes) & item.exclusive:
        return bad("exclusive_option", f"option(s) {sorted(set(codes) & item.exclusive)} exclude the others")
    return ";".join(sorted(set(codes), key=_key)), None


def _key(code: str) -> tuple[int, str]:
    return (int(code), code) if code.isdigit() else (10**9, code)


def validate(records: Iterable[Record], items: Mapping[str, Item],
             institutions: frozenset[str] | None = None) -> Report:
    """Check records against the questionnaire (``items``) and the known institution ids (None = any)."""
    report = Report()
    seen: dict[tuple[str, str, str], int] = {}
    for rec in records:
        problem = _structure(rec, items, institutions, seen)
        if problem:
            report.errors.append(problem)
            continue
        value, problem = _normalise(items[rec.question_id], rec)
        if problem:
            report.errors.append(problem)
            continue
        seen[(rec.institution_id, rec.question_id, rec.service_id)] = rec.row
        report.records.append(Record(rec.row, rec.column, rec.institution_id, rec.question_id, rec.service_id,
                                     value))
        if items[rec.question_id].source != "self":
            report.warnings.append(Problem(rec.row, rec.column, rec.value, "not_self_assessment",
                                           f"{rec.question_id} is answered by the "
                                           f"{items[rec.question_id].source} assessment, not the survey"))
    report.warnings += _filter_warnings(report.records, items) + _channel_warnings(report.records)
    return report


def _structure(rec: Record, items: Mapping[str, Item], institutions: frozenset[str] | None,
               seen: dict) -> Problem | None:
    def problem(column: str, value, code: str, message: str) -> Problem:
        return Problem(rec.row, column, value, code, message)

    if not rec.institution_id:
        return problem("institution_id", "", "missing_institution", "no institution_id")
    if institutions is not None and rec.institution_id not in institutions:
        return problem("institution_id", rec.institution_id, "unknown_institution",
                       f"institution {rec.institution_id!r} is not in the registry")
    item = items.get(rec.question_id)
    if item is None:
        col = "question_id" if rec.column == "value" else rec.column
        return problem(col, rec.question_id, "unknown_question",
                       f"{rec.question_id!r} is not a questionnaire item")
    if item.level == "service" and not rec.service_id:
        return problem(rec.column, rec.value, "service_id_required",
                       f"{rec.question_id} is a per-service item: give a service_id")
    if item.level != "service" and rec.service_id:
        return problem("service_id", rec.service_id, "service_id_not_allowed",
                       f"{rec.question_id} is an institution-level item: leave service_id empty")
    earlier = seen.get((rec.institution_id, rec.question_id, rec.service_id))
    if earlier is not None:
        return problem(rec.column, rec.value, "duplicate",
                       f"{rec.question_id} already answered in row {earlier}")
    return None


def _facts(records: list[Record]) -> dict[str, frozenset[str]]:
    """Condition facts: item → its codes (a count is a one-element set; conditions compare it as a number)."""
    return {r.question_id: frozenset(_codes(r.value)) for r in records if r.value not in ("", "NA")}


def _filter_warnings(records: list[Record], items: Mapping[str, Item]) -> list[Problem]:
    by_inst: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        by_inst[r.institution_id].append(r)
    out = []
    for recs in by_inst.values():
        inst_facts = _facts([r for r in recs if not r.service_id])
        per_service: dict[str, list[Record]] = defaultdict(list)
        for r in recs:
            if r.service_id:
                per_service[r.service_id].append(r)
        service_facts = {s: {**inst_facts, **_facts(rs)} for s, rs in per_service.items()}
        for r in recs:
            item = items[r.question_id]
            facts = service_facts[r.service_id] if r.service_id else inst_facts
            if item.filter is not None and item.filter(facts) is False:
                out.append(Problem(r.row, r.column, r.value, "filter_not_met",
                                   f"{r.question_id} answered although its filter {item.filter_text!r} "
                                   f"does not hold; it will not score"))
    return out


def _channel_warnings(records: list[Record]) -> list[Problem]:
    services: dict[tuple[str, str], dict[str, Record]] = defaultdict(dict)
    for r in records:
        if r.service_id:
            services[(r.institution_id, r.service_id)][r.question_id] = r
    out = []
    for (inst, sid), recs in services.items():
        values = {k: r.value for k, r in recs.items()}
        for total, channels in CHANNEL_SUMS.items():
            present = [k for k in [total, *channels] if k in values and values[k] != "NA"]
            if present and not stage_complete(values, total, channels):
                anchor = recs.get(total) or recs[present[0]]
                out.append(Problem(anchor.row, anchor.column, values.get(total), "channel_sum",
                                   f"{inst} / {sid}: {total} = {values.get(total, '—')} but "
                                   f"{' + '.join(channels)} = "
                                   f"{' + '.join(values.get(c, '—') for c in channels)}; this stage is left "
                                   f"out of electronisation"))
    return out


def check_file(path: Path, year: int, items: Mapping[str, Item],
               institutions: frozenset[str] | None = None) -> Report:
    """Read and validate one file. Never raises on bad content: problems are in the report."""
    try:
        rows = read_table(path)
    except ReadError as exc:
        return Report(errors=[Problem(None, None, str(path), "unreadable", str(exc))])
    records, problems = to_records(rows, year)
    report = validate(records, items, institutions)
    report.errors = problems + report.errors
    return report
