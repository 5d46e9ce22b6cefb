"""Audit runs: start (admin; runs in the background), list, status with progress, per-site results,
pages with their evidence (screenshot, DOM snapshot, WARC record)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, Response
from pydantic import BaseModel, Field
from sqlmodel import select
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from api import runs
from api.deps import Admin, DbId, PagingDep, Reader, SessionDep, YearQuery, page, paginate
from api.problems import ERROR_RESPONSES
from store.evidence import evidence_path
from store.models import AuditRun, DetectionRecord, PageRecord, SiteAudit
from store.progress import run_progress
from store.settings import get_settings

GZIP_MAGIC = b"\x1f\x8b"  # RFC 1952 section 2.3.1: ID1, ID2 of every gzip member

router = APIRouter(tags=["audit runs"], responses=ERROR_RESPONSES)


class RunCreate(BaseModel):
    """An audit run to start: assessment year, and the institutions (None: every active one)."""

    year: int = Field(ge=2000, le=2100)
    institution_ids: list[str] | None = Field(default=None, min_length=1, max_length=5000)


def _run_public(session, run: AuditRun) -> dict:
    return {**run.model_dump(), "progress": runs.progress(session, run.id)}


def _get(session, model, key, what: str):
    row = session.get(model, key)
    if row is None:
        raise HTTPException(404, f"{what} {key} not found")
    return row


@router.post("/audit-runs", status_code=202)
def start_audit_run(body: RunCreate, session: SessionDep, _: Admin) -> dict:
    """Start an audit run over the declared sites (admin). It runs in the background; follow it at
    ``GET /audit-runs/{id}``."""
    try:
        sites = runs.sites_of(session, body.institution_ids)
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    if not sites:
        raise HTTPException(422, "the selection has no declared sites")
    run = runs.create_run(session, body.year, sites)
    session.commit()
    runs.dispatch_run(run.id)
    return _run_public(session, run)


@router.get("/audit-runs")
def list_audit_runs(session: SessionDep, _: Reader, paging: PagingDep, year: YearQuery = None,
                    status: str | None = None) -> dict:
    """Audit runs, newest first, with progress; filter by assessment year and status."""
    query = select(AuditRun)
    if year is not None:
        query = query.where(AuditRun.assessment_year == year)
    if status is not None:
        query = query.where(AuditRun.status == status)
    rows, total = paginate(session, query, paging, AuditRun.id.desc())
    return page([_run_public(session, r) for r in rows], total, paging)


@router.get("/audit-runs/{run_id}")
def audit_run(run_id: DbId, session: SessionDep, _: Reader) -> dict:
    """An audit run with its progress and its site results with their detections."""
    run = _get(session, AuditRun, run_id, "audit run")
    sites = []
    for sa in session.exec(select(SiteAudit).where(SiteAudit.run_id == run_id).order_by(SiteAudit.id)):
        dets = session.exec(select(DetectionRecord).where(DetectionRecord.site_audit_id == sa.id)
                            .order_by(DetectionRecord.question_id, DetectionRecord.option)).all()
        sites.append({**sa.model_dump(), "detections": [d.model_dump() for d in dets]})
    return {**_run_public(session, run), "sites": sites}


@router.get("/audit-runs/{run_id}/progress")
def audit_run_progress(run_id: DbId, session: SessionDep, _: Reader) -> dict:
    """Progress of an audit run: status, sites done / failed / left (and running), pages fetched and
    rendered (``store.progress.run_progress``)."""
    return run_progress(session, _get(session, AuditRun, run_id, "audit run").id)


@router.get("/audit-runs/{run_id}/sites")
def run_sites(run_id: DbId, session: SessionDep, _: Reader, paging: PagingDep, status: str | None = None) -> dict:
    """The site audits of a run (headline results), filter by status."""
    _get(session, AuditRun, run_id, "audit run")
    query = select(SiteAudit).where(SiteAudit.run_id == run_id)
    if status is not None:
        query = query.where(SiteAudit.status == status)
    rows, total = paginate(session, query, paging, SiteAudit.id)
    return page([r.model_dump() for r in rows], total, paging)


@router.get("/site-audits/{site_audit_id}/pages")
def site_pages(site_audit_id: DbId, session: SessionDep, _: Reader, paging: PagingDep,
               rendered: bool | None = None) -> dict:
    """The pages of a site audit (without the axe detail), filter by rendered."""
    _get(session, SiteAudit, site_audit_id, "site audit")
    query = select(PageRecord).where(PageRecord.site_audit_id == site_audit_id)
    if rendered is not None:
        query = query.where(PageRecord.rendered == rendered)
    rows, total = paginate(session, query, paging, PageRecord.id)
    return page([r.model_dump(exclude={"axe"}) for r in rows], total, paging)


@router.get("/pages/{page_id}")
def get_page(page_id: DbId, session: SessionDep, _: Reader) -> dict:
    """A page with its axe results and links to its evidence."""
    row = _get(session, PageRecord, page_id, "page")
    links = {"screenshot": f"/pages/{page_id}/screenshot" if row.screenshot_sha256 else None,
             "dom": f"/pages/{page_id}/dom" if row.dom_sha256 else None,
             "warc": f"/pages/{page_id}/warc" if row.warc_file else None}
    return {**row.model_dump(), "evidence": links}


def _blob(sha: str | None, suffix: str, what: str) -> Path:
    path = evidence_path(sha, suffix) if sha else None
    if path is None or not path.is_file():
        raise HTTPException(404, f"no {what} stored for this page")
    return path


@router.get("/pages/{page_id}/screenshot", response_class=FileResponse)
def page_screenshot(page_id: DbId, session: SessionDep, _: Reader) -> FileResponse:
    """The page's desktop screenshot (PNG, content-addressed)."""
    row = _get(session, PageRecord, page_id, "page")
    return FileResponse(_blob(row.screenshot_sha256, ".png", "screenshot"), media_type="image/png")


@router.get("/pages/{page_id}/dom", response_class=FileResponse)
def page_dom(page_id: DbId, session: SessionDep, _: Reader) -> FileResponse:
    """The page's rendered DOM snapshot, as an attachment (never rendered by the API's origin)."""
    row = _get(session, PageRecord, page_id, "page")
    return FileResponse(_blob(row.dom_sha256, ".html", "DOM snapshot"), media_type="text/plain; charset=utf-8",
                        filename=f"page-{page_id}-dom.html")


def warc_record(path: Path, offset: int) -> bytes:
    """The bytes of the one WARC record (gzip member if compressed) at ``offset`` of ``path`` (ISO 28500).
    Raises ValueError when no record starts there: the bytes at ``offset`` must open a gzip member
    (RFC 1952 magic ``1f 8b``) or an uncompressed record (``WARC/``), since warcio would otherwise skip
    ahead to the next record it can parse."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        if not fh.read(5).startswith((GZIP_MAGIC, b"WARC/")):
            raise ValueError("no WARC record at that offset")
        fh.seek(offset)
        it = ArchiveIterator(fh)
        try:
            record = next(it, None)
            if record is None:
                raise ValueError("no WARC record at that offset")
            it.read_to_end(record)
        except ArchiveLoadFailed as exc:
            raise ValueError("no WARC record at that offset") from exc
        length = it.get_record_length()
        fh.seek(offset)
        return fh.read(length)


@router.get("/pages/{page_id}/warc")
def page_warc(page_id: DbId, session: SessionDep, _: Reader) -> Response:
    """The page's WARC response record (``application/warc``) from ``<data_dir>/warc``."""
    row = _get(session, PageRecord, page_id, "page")
    if not row.warc_file or row.warc_offset is None:
        raise HTTPException(404, "no WARC record stored for this page")
    root = (get_settings().data_dir / "warc").resolve()  # the crawler's WARC folder (crawler/warc.py)
    path = (root / row.warc_file).resolve()
    if not path.is_relative_to(root):
        raise HTTPException(404, "no WARC record stored for this page")
    try:
        data = warc_record(path, row.warc_offset)
    except (OSError, ValueError) as exc:
        raise HTTPException(404, f"WARC record unavailable: {exc}") from exc
    return Response(data, media_type="application/warc",
                    headers={"Content-Disposition": f'attachment; filename="page-{page_id}.warc.gz"'})
