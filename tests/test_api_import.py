"""Self-assessment upload through the API: same validation as ``eindex import``; errors or unaccepted
warnings import nothing; oversized or other files are refused."""

from __future__ import annotations

import hashlib
import io

from openpyxl import Workbook
from sqlmodel import select

from store.models import ImportBatch, Score, SurveyAnswer
from tests.api_fixtures import YEAR, is_problem


def _upload(client, headers, name: str, data: bytes, **params):
    return client.post("/self-assessments", headers=headers, params={"year": YEAR, **params},
                       files={"file": (name, data, "application/octet-stream")})


def test_clean_csv_imports_and_marks_scores_stale(client, users, audited, db):
    r = _upload(client, users.admin, "anketa.csv", b"institution_id,question_id,value\ninst-a,D61J,1\n")
    assert r.status_code == 200, r.text
    report = r.json()
    assert (report["imported"], report["answers"], report["institutions"], report["errors"]) == (True, 1, 1, [])
    assert report["file"] == "anketa.csv"
    rows = db.exec(select(SurveyAnswer).where(SurveyAnswer.source == "self_assessment")).all()
    assert [(a.institution_id, a.question_id, a.value) for a in rows] == [("inst-a", "D61J", "1")]
    assert db.exec(select(Score).where(Score.institution_id == "inst-a")).one().stale is True
    batch = db.exec(select(ImportBatch)).one()               # the upload is a batch, by the admin who sent it
    body = b"institution_id,question_id,value\ninst-a,D61J,1\n"
    assert (batch.id, batch.file_name, batch.format, batch.rows) == (report["batch"], "anketa.csv", "csv", 1)
    assert batch.sha256 == hashlib.sha256(body).hexdigest() and batch.imported_by == "admin"
    assert rows[0].batch_id == batch.id


def test_xlsx_wide_format_imports(client, users, audited, db):
    wb = Workbook()
    wb.active.append(["institution_id", "D61J"])
    wb.active.append(["inst-a", "2"])
    buf = io.BytesIO()
    wb.save(buf)
    r = _upload(client, users.admin, "anketa.xlsx", buf.getvalue())
    assert r.status_code == 200 and r.json()["answers"] == 1, r.text


def test_bad_files_import_nothing(client, users, audited, db):
    cases = [
        ("a.csv", b"institution,question\nx,y\n"),                              # missing columns
        ("a.csv", b"institution_id,question_id,value\nnope,D61J,1\n"),         # unknown institution
        ("a.csv", b"institution_id,question_id,value\ninst-a,D61J,7\n"),       # no such option
        ("a.csv", b"institution_id,question_id,value\ninst-a,D61J,1\ninst-a,ZZ99,1\n"),  # one bad row: nothing
        ("a.xlsx", b"PK\x03\x04 not really a workbook"),                       # malformed XLSX
        ("a.csv", b"\xff\xfe\x00garbage\x00"),                                  # not text
    ]
    for name, data in cases:
        body = is_problem(_upload(client, users.admin, name, data), 422)
        assert body["report"]["imported"] is False and body["report"]["errors"], (name, data)
        assert all({"row", "column", "message"} <= set(p) for p in body["report"]["errors"])
    assert db.exec(select(SurveyAnswer).where(SurveyAnswer.source == "self_assessment")).all() == []


def test_warnings_need_accepting(client, users, audited, db):
    data = b"institution_id,question_id,value\ninst-a,M17J,1\n"   # an item the automatic tools answer
    body = is_problem(_upload(client, users.admin, "a.csv", data), 422)
    assert body["report"]["warnings"] and not body["report"]["errors"]
    assert db.exec(select(SurveyAnswer).where(SurveyAnswer.source == "self_assessment")).all() == []
    assert _upload(client, users.admin, "a.csv", data, accept_warnings=True).json()["imported"] is True
