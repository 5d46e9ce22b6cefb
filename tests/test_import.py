"""Self-assessment import: formats (long, wide; CSV, XLSX), every validation rule with its row, column
and value, all-or-nothing writes, exit codes, ``--json`` against import.schema.json, and scoring of the
imported answers (``eindex score --json`` against score.schema.json) on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pytest
from openpyxl import Workbook
from sqlmodel import select
from typer.testing import CliRunner

from api.cli import app
from scoring.importer import check_file
from scoring.questionnaire import load as load_questionnaire
from store.settings import REPO_ROOT, get_settings

SHARED = get_settings().shared_dir
ITEMS = load_questionnaire(SHARED / "seed-data" / "questionnaire.yaml")
EXAMPLES = REPO_ROOT / "examples"
LONG = ["institution_id", "year", "service_id", "question_id", "value"]


def _csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _check(tmp_path, rows, header=LONG, year=2026, known=frozenset({"inst-a", "inst-b"})):
    return check_file(_csv(tmp_path / "f.csv", header, rows), year, ITEMS, known)


def _codes(problems):
    return [(p.row, p.column, p.value, p.code) for p in problems]


def test_the_sample_files_are_valid_with_one_deliberate_warning():
    for name in ("self_assessment_synthetic_long.csv", "self_assessment_synthetic_wide.csv"):
        report = check_file(EXAMPLES / name, 2026, ITEMS, frozenset({"demo-citylights-after"}))
        assert report.errors == []
        assert [p.code for p in report.warnings] == ["channel_sum"]
        assert len(report.records) == 135 and report.institutions == 1


def test_long_and_wide_give_the_same_answers():
    long = check_file(EXAMPLES / "self_assessment_synthetic_long.csv", 2026, ITEMS)
    wide = check_file(EXAMPLES / "self_assessment_synthetic_wide.csv", 2026, ITEMS)
    key = lambda r: (r.institution_id, r.service_id, r.question_id, r.value)  # noqa: E731
    assert sorted(map(key, long.records)) == sorted(map(key, wide.records))


@pytest.mark.parametrize("row, expected", [
    (["inst-x", "", "", "F14", "1"], (2, "institution_id", "inst-x", "unknown_institution")),
    (["inst-a", "", "", "F99", "1"], (2, "question_id", "F99", "unknown_question")),
    (["inst-a", "2025", "", "F14", "1"], (2, "year", "2025", "year")),
    (["inst-a", "", "", "F14", "7"], (2, "value", "7", "unknown_option")),
    (["inst-a", "", "", "F14", "1;2"], (2, "value", "1;2", "single_choice")),
    (["inst-a", "", "", "P1001", "1;0"], (2, "value", "1;0", "exclusive_option")),
    (["inst-a", "", "", "P1002", "8;3"], (2, "value", "8;3", "exclusive_option")),
    (["inst-a", "", "", "V00J", "-4"], (2, "value", "-4", "not_a_count")),
    (["inst-a", "", "", "V00J", "12.5"], (2, "value", "12.5", "not_a_count")),
    (["inst-a", "", "", "P52", "10"], (2, "value", "10", "service_id_required")),
    (["inst-a", "", "s1", "F14", "1"], (2, "service_id", "s1", "service_id_not_allowed")),
    (["", "", "", "F14", "1"], (2, "institution_id", "", "missing_institution")),
])
def test_each_error_names_row_column_and_value(tmp_path, row, expected):
    report = _check(tmp_path, [row])
    assert _codes(report.errors) == [expected]
    assert report.records == []


def test_duplicates_are_errors(tmp_path):
    report = _check(tmp_path, [["inst-a", "", "", "F14", "1"], ["inst-a", "", "", "F14", "2"]])
    assert _codes(report.errors) == [(3, "value", "2", "duplicate")]


def test_na_and_multi_choice_values_are_normalised(tmp_path):
    report = _check(tmp_path, [["inst-a", "", "", "P1001", "4; 1"], ["inst-a", "", "", "V00J", "NA"],
                               ["inst-a", "", "", "F14", "1"]])
    assert report.errors == [] and report.warnings == []
    assert [r.value for r in report.records] == ["1;4", "NA", "1"]


def test_filter_and_channel_warnings(tmp_path):
    rows = [["inst-a", "", "", "F14", "3"], ["inst-a", "", "", "P1020", "1"],        # P1020: F14 in (1, 2)
            ["inst-a", "", "s1", "P52", "10"], ["inst-a", "", "s1", "P52_K", "5"],
            ["inst-a", "", "s1", "P52_T", "0"],
            ["inst-a", "", "s1", "P52_P", "0"], ["inst-a", "", "s1", "P52_E", "4"],  # 5 + 0 + 0 + 4 ≠ 10
            ["inst-a", "", "s1", "P12M", "0"], ["inst-a", "", "s1", "P33M", "1"]]    # P33M: P12M == 1
    report = _check(tmp_path, rows)
    assert report.errors == []
    assert _codes(report.warnings) == [(3, "value", "1", "filter_not_met"),
                                       (10, "value", "1", "filter_not_met"),
                                       (4, "value", "10", "channel_sum")]


def test_expert_items_are_a_warning(tmp_path):
    report = _check(tmp_path, [["inst-a", "", "", "M16J", "1"]])
    assert _codes(report.warnings) == [(2, "value", "1", "not_self_assessment")]


def test_xlsx_wide_format(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["institution_id", "service_id", "F14", "V00J", "P1001", "P52", "P12M"])
    ws.append(["inst-a", None, 1, 250, "1;3", None, None])
    ws.append(["inst-a", "s1", None, None, None, 12.0, "1;2"])
    ws.append(["inst-b", None, 9, None, None, None, None])
    wb.save(tmp_path / "f.xlsx")
    report = check_file(tmp_path / "f.xlsx", 2026, ITEMS, frozenset({"inst-a", "inst-b"}))
    assert _codes(report.errors) == [(4, "F14", "9", "unknown_option")]
    assert {(r.row, r.column, r.service_id, r.value) for r in report.records} == {
        (2, "F14", "", "1"), (2, "V00J", "", "250"), (2, "P1001", "", "1;3"), (3, "P52", "s1", "12"),
        (3, "P12M", "s1", "1;2")}


def test_unreadable_and_headless_files_are_errors(tmp_path):
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    assert check_file(tmp_path / "bad.xlsx", 2026, ITEMS).errors[0].code == "unreadable"
    assert check_file(tmp_path / "missing.csv", 2026, ITEMS).errors[0].code == "unreadable"
    report = check_file(_csv(tmp_path / "h.csv", ["name", "F14"], [["x", "1"]]), 2026, ITEMS)
    assert report.errors[0].code == "missing_column"


# ---- through the command line, on a real database ---------------------------------------------------

@pytest.fixture(params=["sqlite", "postgres"])
def database(request, tmp_path, monkeypatch):
    """A migrated database with two registry institutions: SQLite, then PostgreSQL (conftest ``pg_url``)."""
    url = f"sqlite:///{tmp_path / 'eindex.db'}" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    yield from _with_url(url, monkeypatch)


def _with_url(url, monkeypatch):
    from store.db import migrate, session_scope
    from store.registry import upsert_institution

    monkeypatch.setenv("EINDEX_DATABASE_URL", url)
    monkeypatch.setenv("EINDEX_SHARED_DIR", str(SHARED))
    get_settings.cache_clear()
    migrate(url)
    with session_scope(url) as session:
        upsert_institution(session, "demo-citylights-after", "CityLights (stand-in)", "Demo", False)
        upsert_institution(session, "inst-a", "Institution A", "Demo", True)
    yield url
    get_settings.cache_clear()


def _run(*args):
    result = CliRunner().invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout


def _answers(url):
    from store.db import session_scope
    from store.models import SurveyAnswer

    with session_scope(url) as session:
        return session.exec(select(SurveyAnswer)).all()


def _schema(name):
    return json.loads((SHARED / "contract" / name).read_text(encoding="utf-8"))


def test_import_is_all_or_nothing_and_exit_codes_follow_the_contract(database, tmp_path):
    sample = str(EXAMPLES / "self_assessment_synthetic_long.csv")
    bad = _csv(tmp_path / "bad.csv", LONG, [["inst-a", "", "", "F14", "1"], ["inst-a", "", "", "F14x", "1"]])
    code, out = _run("import", str(bad), "--year", "2026", "--json")
    report = json.loads(out)
    jsonschema.validate(report, _schema("import.schema.json"))
    assert code == 2 and report["imported"] is False and _answers(database) == []
    assert report["errors"][0] == {"row": 3, "column": "question_id", "value": "F14x",
                                   "code": "unknown_question",
                                   "message": "'F14x' is not a questionnaire item"}

    code, out = _run("import", sample, "--year", "2026", "--json")
    assert code == 1 and json.loads(out)["imported"] is False and _answers(database) == []

    code, out = _run("import", sample, "--year", "2026", "--accept-warnings", "--json")
    report = json.loads(out)
    jsonschema.validate(report, _schema("import.schema.json"))
    assert code == 0 and report["imported"] is True and report["answers"] == 135
    assert len(_answers(database)) == 135

    # a re-import replaces the institution's earlier answers of the year
    one = _csv(tmp_path / "one.csv", LONG, [["demo-citylights-after", "2026", "", "F14", "2"]])
    code, _ = _run("import", str(one), "--year", "2026")
    assert code == 0
    assert [(a.question_id, a.value) for a in _answers(database)] == [("F14", "2")]


def test_an_accepted_import_is_a_batch_its_answers_reference(database, tmp_path):
    import getpass
    import hashlib

    from store.db import session_scope
    from store.models import ImportBatch

    sample = EXAMPLES / "self_assessment_synthetic_long.csv"
    assert _run("import", str(sample), "--year", "2026")[0] == 1          # warning not accepted: no batch
    code, out = _run("import", str(sample), "--year", "2026", "--accept-warnings", "--json")
    first = json.loads(out)["batch"]
    one = _csv(tmp_path / "one.csv", LONG, [["inst-a", "2026", "", "F14", "2"]])
    code, out = _run("import", str(one), "--year", "2026", "--json")
    second = json.loads(out)["batch"]
    assert code == 0 and second != first

    with session_scope(database) as session:
        batches = {b.id: b for b in session.exec(select(ImportBatch)).all()}
    assert sorted(batches) == sorted([first, second])
    b = batches[first]
    assert (b.file_name, b.format, b.year, b.rows, b.warnings_accepted) == (str(sample), "csv", 2026, 135, 1)
    assert b.sha256 == hashlib.sha256(sample.read_bytes()).hexdigest()
    assert b.imported_by == getpass.getuser() and b.imported_at is not None
    assert batches[second].rows == 1 and batches[second].warnings_accepted == 0
    # every answer names the batch that wrote it (inst-a's answer the second, the sample's the first)
    by_batch = {}
    for a in _answers(database):
        by_batch.setdefault(a.batch_id, set()).add(a.institution_id)
    assert by_batch == {first: {"demo-citylights-after"}, second: {"inst-a"}}

    code, out = _run("imports", "--year", "2026", "--json")
    assert code == 0 and [b["id"] for b in json.loads(out)] == [second, first]      # newest first
    assert json.loads(_run("imports", "--year", "2025", "--json")[1]) == []
    code, out = _run("imports")
    assert code == 0 and out.splitlines()[0].startswith(f"{second}\t2026\t")


def test_imported_answers_are_scored(database):
    wide = str(EXAMPLES / "self_assessment_synthetic_wide.csv")
    _run("import", wide, "--year", "2026", "--accept-warnings")
    code, out = _run("score", "--year", "2026", "--json")
    assert code == 0
    scores = json.loads(out)
    jsonschema.validate(scores, _schema("score.schema.json"))
    (entry,) = [e for e in scores["institutions"] if e["id"] == "demo-citylights-after"]
    assert entry["included"] and 0 < entry["e_index"] < 100
    assert entry["sources"]["F14"] == "self_assessment" and entry["sources"]["M16J"] == "none"
    assert entry["statistics"]["service_stages_incomplete"] == 1
    assert entry["statistics"]["services"] == 6
    assert scores["aggregates"]["national"]["institutions"] == 1
