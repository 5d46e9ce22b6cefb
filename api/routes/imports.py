"""Self-assessment upload (admin): CSV or XLSX, validated as ``eindex import`` validates; a file with
errors, or with warnings not accepted, imports nothing."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, HTTPException, Query, UploadFile
from fastapi.responses import JSONResponse

from api import selfassessment
from api.deps import Admin, SessionDep
from api.problems import ERROR_RESPONSES, problem_response
from store.settings import get_settings

router = APIRouter(tags=["self-assessment"], responses={**ERROR_RESPONSES, 415: {"description": "wrong type"}})


def read_limited(upload: UploadFile, limit: int) -> bytes:
    """The upload's bytes; 413 when it is over ``limit`` bytes (read no further than limit + 1)."""
    data = upload.file.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(413, f"the file is over {limit} bytes")
    return data


@router.post("/self-assessments")
def upload(session: SessionDep, admin: Admin, file: Annotated[UploadFile, File()],
                 year: Annotated[int, Query(ge=2000, le=2100)],
                 accept_warnings: bool = False) -> JSONResponse:
    """Import a self-assessment file for ``year``; returns the validation report. 422 with the report when
    it has errors (or warnings without ``accept_warnings``), 413 when too large, 415 for other types."""
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in selfassessment.SUFFIXES:
        raise HTTPException(415, "upload a .csv or .xlsx file")
    data = read_limited(file, get_settings().upload_max_bytes)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(data)
        report = selfassessment.import_file(session, path, year, accept_warnings, name=file.filename,
                                            by=admin.username)
    if not report["imported"]:
        session.rollback()
        problem = problem_response(422, "the file was not imported: see errors and warnings", "/self-assessments")
        body = {**json.loads(problem.body), "report": report}
        return JSONResponse(body, status_code=422, media_type=problem.media_type)
    session.commit()
    return JSONResponse(report)
