"""SQLModel tables. Questionnaire ids (M08, M16J, P52 …) are the keys of questions and answers.

Times are UTC and timezone-aware; percentages 0–100 floats; points floats (DESIGN.md, Conventions).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, Boolean, Column, DateTime, UniqueConstraint, false
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Now, UTC, timezone-aware."""
    return datetime.now(UTC)


def _ts(nullable: bool = False):
    return Field(default_factory=utcnow if not nullable else None,
                 sa_column=Column(DateTime(timezone=True), nullable=nullable))


class Institution(SQLModel, table=True):
    """An institution (iestāde) with its sector (resors) and ministry flag; ``id`` is the registry id."""

    id: str = Field(primary_key=True, max_length=100)
    name: str
    sector: str | None = None
    is_ministry: bool = False
    active: bool = True
    counts: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))


class Site(SQLModel, table=True):
    """A declared website (WEB_SITES). ``position`` 0 is the institution's main site."""

    id: int | None = Field(default=None, primary_key=True)
    institution_id: str = Field(foreign_key="institution.id", index=True)
    url: str
    position: int = 0
    exclude: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))


class SocialAccount(SQLModel, table=True):
    """A declared social network account (SOCIAL_NETWORKS_*)."""

    id: int | None = Field(default=None, primary_key=True)
    institution_id: str = Field(foreign_key="institution.id", index=True)
    network: str
    url: str


class AuditRun(SQLModel, table=True):
    """One pass over many sites, stamped with its assessment year; settings and axe version recorded.
    ``status``: running → scoring → done, or ``failed`` when an in-process run stopped early (its browser
    could not start, it was cancelled). ``trigger``: "manual" or "schedule"; a scheduled run records
    the night it was scheduled for in ``scheduled_for`` (unique: a night starts at most one run)."""

    id: int | None = Field(default=None, primary_key=True)
    assessment_year: int
    status: str = "running"
    started_at: datetime = _ts()
    finished_at: datetime | None = _ts(nullable=True)
    axe_version: str | None = None
    settings: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
    trigger: str = "manual"
    scheduled_for: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True, unique=True))


class SiteAudit(SQLModel, table=True):
    """One site in an audit run, with its headline results (see ``audit.schema.json``), its WARC file
    (relative to ``<data_dir>/warc``), the social-account feeds read and the URLs skipped per reason.
    ``attempts`` counts the starts of this site audit (a queue retry after a crash adds one); ``worker``
    names the worker ("host:pid") of the latest attempt. A run audits each site once (unique
    ``(run_id, site_id)``); two sites (of two institutions) may declare the same URL."""

    __table_args__ = (UniqueConstraint("run_id", "site_id", name="siteaudit_run_id_site_id_key"),)
    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="auditrun.id", index=True)
    site_id: int | None = Field(default=None, foreign_key="site.id", index=True)
    url: str
    status: str = "pending"
    pages_fetched: int = 0
    pages_rendered: int = 0
    conformance_pct: float | None = None
    wcag_group: int | None = None
    mobile_friendly: bool | None = None
    mobile_problems: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    errors: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    started_at: datetime | None = _ts(nullable=True)
    finished_at: datetime | None = _ts(nullable=True)
    attempts: int = 0
    worker: str | None = None
    warc_file: str | None = None
    feeds: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    skipped: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, server_default="{}"))


class OriginPace(SQLModel, table=True):
    """Politeness shared by queue workers (``crawler.politeness_pg``): the earliest time the next request
    to ``origin`` ("scheme://host:port") may start, on the database's clock."""

    __tablename__ = "origin_pace"
    origin: str = Field(primary_key=True)
    next_start: datetime = _ts()


class PageRecord(SQLModel, table=True):
    """A fetched page of a site audit and where its evidence lies (WARC file + offset of the response
    record, screenshot sha256); body size in bytes, whether the size budget truncated it, the charset it
    was decoded with, and the JS dialogs it opened when rendered."""

    __tablename__ = "page"
    id: int | None = Field(default=None, primary_key=True)
    site_audit_id: int = Field(foreign_key="siteaudit.id", index=True)
    url: str
    final_url: str | None = None
    status_code: int | None = None
    content_type: str | None = None
    depth: int = 0
    rendered: bool = False
    title: str | None = None
    lang: str | None = None
    error_kind: str | None = None
    error_message: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    screenshot_sha256: str | None = None
    dom_sha256: str | None = None
    size_bytes: int | None = None
    truncated: bool = Field(default=False, sa_column=Column(Boolean, nullable=False, server_default=false()))
    encoding: str | None = None
    dialogs: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    axe: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class DetectionRecord(SQLModel, table=True):
    """A check's answer to one option of one item for one site audit; keyed (site audit, item, option,
    subject). ``subject`` is "" when the item has none (K11M_* carry the social account URL)."""

    __tablename__ = "detection"
    __table_args__ = (UniqueConstraint("site_audit_id", "question_id", "option", "subject"),)
    id: int | None = Field(default=None, primary_key=True)
    site_audit_id: int = Field(foreign_key="siteaudit.id", index=True)
    question_id: str = Field(index=True, max_length=20)
    option: str = Field(max_length=10)
    subject: str = ""
    value: bool | None = None
    status: str = Field(index=True)
    confidence: float = 1.0
    reason: str | None = None
    measure: float | None = None
    notes: list | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    evidence: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False, default=list))
    created_at: datetime = _ts()


class ImportBatch(SQLModel, table=True):
    """One accepted self-assessment import (``eindex import`` or the API upload): the file's name and
    SHA-256, its ``format`` ("csv" / "xlsx"), the import ``year``, the number of answers written
    (``rows``), the warnings accepted with it, who imported it and when. Its answers reference it."""

    __tablename__ = "import_batch"
    id: int | None = Field(default=None, primary_key=True)
    file_name: str
    sha256: str = Field(max_length=64, index=True)
    format: str = Field(max_length=10)
    year: int = Field(index=True)
    rows: int
    warnings_accepted: int = 0
    imported_by: str
    imported_at: datetime = _ts()


class SurveyAnswer(SQLModel, table=True):
    """An answer from the self-assessment survey (``source`` "self_assessment") or imported from an
    earlier assessment (``source`` "historic"). ``value``: option code, codes joined by ";", a number,
    or "NA". ``service_id`` is "" for institution-level items; ``batch_id`` the import that wrote a
    self-assessment answer (None for historic answers and for answers imported before batches existed)."""

    __tablename__ = "survey_answer"
    __table_args__ = (UniqueConstraint("institution_id", "year", "question_id", "service_id", "source"),)
    id: int | None = Field(default=None, primary_key=True)
    institution_id: str = Field(foreign_key="institution.id", index=True)
    year: int = Field(index=True)
    question_id: str = Field(max_length=60)
    service_id: str = ""
    value: str
    source: str = "self_assessment"
    imported_at: datetime = _ts()
    batch_id: int | None = Field(default=None, foreign_key="import_batch.id", index=True)


class Score(SQLModel, table=True):
    """An institution's score for a year under a methodology. ``detail`` holds themes, sources,
    pending items and filter outcomes in the shape of ``score.schema.json``."""

    __table_args__ = (UniqueConstraint("institution_id", "year", "methodology"),)
    id: int | None = Field(default=None, primary_key=True)
    institution_id: str = Field(foreign_key="institution.id", index=True)
    year: int = Field(index=True)
    methodology: str
    included: bool = True
    excluded_reason: str | None = None
    e_index: float | None = None
    maturity: int | None = None
    coverage: float | None = None
    provisional: bool = True
    stale: bool = False
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))
    computed_at: datetime = _ts()


class User(SQLModel, table=True):
    """A person or machine client of the API. ``role``: viewer (read scores), expert (review and
    override), admin (institutions, runs, imports, users). ``password_hash`` is argon2 (None: API keys
    only)."""

    __tablename__ = "app_user"
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=100, unique=True, index=True)
    password_hash: str | None = None
    role: str = Field(max_length=20)
    active: bool = True
    created_at: datetime = _ts()


class ApiKey(SQLModel, table=True):
    """An API key of a user (machine clients); only the key's sha256 is kept, ``prefix`` identifies it."""

    __tablename__ = "api_key"
    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="app_user.id", index=True)
    name: str = Field(max_length=100)
    prefix: str = Field(max_length=20)
    key_hash: str = Field(max_length=64, unique=True, index=True)
    created_at: datetime = _ts()
    revoked_at: datetime | None = _ts(nullable=True)


class Override(SQLModel, table=True):
    """An expert's value for one option of an item, append-only (DESIGN.md: keyed (institution, site or
    none, item, option, subject)) for an assessment ``year``; the latest row of a key is in force."""

    __tablename__ = "override"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    institution_id: str = Field(foreign_key="institution.id", index=True)
    site_id: int | None = Field(default=None, foreign_key="site.id")
    question_id: str = Field(max_length=20, index=True)
    option: str = Field(max_length=10)
    subject: str = ""
    value: bool
    reason: str
    detection_id: int | None = Field(default=None, foreign_key="detection.id")
    created_by: str = Field(max_length=100)
    created_at: datetime = _ts()


class WriteLog(SQLModel, table=True):
    """Who changed what and when: one row per write request of the API and per CLI write."""

    __tablename__ = "write_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _ts()
    actor: str | None = Field(default=None, max_length=100)
    method: str = Field(max_length=10)
    path: str
    status_code: int
