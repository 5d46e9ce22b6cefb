"""Fixtures of the API and review tests: a fresh migrated SQLite database per test, users of each role,
and a small audited institution (its detections written as the crawler writes them)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.accounts import add_api_key, add_user
from api.security import hash_password, issue_token
from checks.detection import Detection, Evidence, single_choice
from crawler.score_year import score_year
from store.db import get_engine, migrate
from store.evidence import put_blob
from store.models import AuditRun, PageRecord, Site, SiteAudit, User, utcnow
from store.registry import upsert_institution
from store.repo import detection_record
from store.settings import get_settings

PASSWORD = "correct horse battery"
YEAR = 2026
# A 1×1 PNG (the smallest valid image) standing in for a page screenshot.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


@pytest.fixture
def api_env(tmp_path, monkeypatch):
    """Settings pointing at a fresh SQLite file under ``tmp_path``, test environment, schema migrated."""
    settings = get_settings()
    url = f"sqlite:///{tmp_path / 'api.db'}"
    monkeypatch.setattr(settings, "database_url", url)
    monkeypatch.setattr(settings, "data_dir", tmp_path)
    monkeypatch.setattr(settings, "environment", "test")
    monkeypatch.setattr(settings, "secret_key", "")
    monkeypatch.setattr(settings, "public_read", False)
    migrate(url)
    yield settings
    get_engine(url).dispose()


@pytest.fixture
def db(api_env):
    """A session on the test database (commit what you add)."""
    with Session(get_engine(api_env.db_url), expire_on_commit=False) as session:
        yield session


@pytest.fixture
def client(api_env):
    """The app under test (in-process ASGI)."""
    from api.app import app

    with TestClient(app) as c:
        yield c


@dataclass
class Users:
    """Headers of a signed-in user per role, plus an admin API key."""

    viewer: dict
    expert: dict
    admin: dict
    api_key: str


def login(client: TestClient, username: str, password: str = PASSWORD) -> dict:
    """Bearer headers from the OAuth2 password flow."""
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@functools.cache
def password_hash() -> str:
    """The argon2 hash of :data:`PASSWORD`, computed once (argon2 is slow on purpose)."""
    return hash_password(PASSWORD)


@pytest.fixture
def users(client, db) -> Users:
    """One user per role (password :data:`PASSWORD`; bearer tokens issued directly — the password flow
    itself is tested in test_api_auth) and an API key of a machine client with the admin role."""
    for name in ("viewer", "expert", "admin"):
        db.add(User(username=name, role=name, password_hash=password_hash()))
    bot = add_user(db, "bot", "admin")
    key = add_api_key(db, bot, "ci")[1]
    db.commit()
    headers = {n: {"Authorization": f"Bearer {issue_token(n, n)}"} for n in ("viewer", "expert", "admin")}
    return Users(headers["viewer"], headers["expert"], headers["admin"], key)


@dataclass
class Audited:
    """Ids of the seeded institution's rows."""

    institution_id: str
    main_site_id: int
    run_id: int
    site_audit_id: int
    page_id: int
    detections: dict  # (question_id, option) -> detection id
    screenshot: str


def seed_audit(session: Session, inst_id: str = "inst-a", year: int = YEAR, sector: str | None = "Kultūras ministrija",
               m16j: str = "2", m08_true: tuple[str, ...] = ("1",)) -> Audited:
    """An institution with two sites, one finished audit of its main site whose detections say: M16J group
    ``m16j`` (conformance 90 %), M17J mobile-friendly, M08 options ``m08_true`` detected, option 7
    ``needs_review`` (best guess True, confidence 0.5), every other M08 option not detected. Scores the
    year and commits."""
    upsert_institution(session, inst_id, f"Iestāde {inst_id}", sector, False,
                       [(f"https://{inst_id}.example.lv/", []), (f"https://{inst_id}-2.example.lv/", [])])
    session.flush()
    main = session.exec(select(Site).where(Site.institution_id == inst_id, Site.position == 0)).one()
    run = AuditRun(assessment_year=year, status="done", finished_at=utcnow())
    session.add(run)
    session.flush()
    audit = SiteAudit(run_id=run.id, site_id=main.id, url=main.url, status="ok", pages_fetched=3, pages_rendered=1)
    session.add(audit)
    session.flush()
    shot = put_blob(PNG, ".png")
    page = PageRecord(site_audit_id=audit.id, url=main.url, status_code=200, rendered=True, screenshot_sha256=shot)
    session.add(page)
    ev = [Evidence(url=main.url, selector="form[role=search]", snippet='<input type="search" name="q">',
                   screenshot=shot)]
    dets = [*single_choice("M16J", ["1", "2", "3", "4"], m16j, "detected", 1.0, measure=90.0),
            *single_choice("M17J", ["1", "2"], "1", "detected", 0.9)]
    for opt in "12345678":
        if opt == "7":
            dets.append(Detection("M08", "7", True, "needs_review", 0.5, reason="search box found, no results page",
                                  evidence=ev))
        elif opt in m08_true:
            dets.append(Detection("M08", opt, True, "detected", 0.95, evidence=ev))
        else:
            dets.append(Detection("M08", opt, False, "not_detected", 0.9))
    rows = [detection_record(audit.id, d) for d in dets]
    session.add_all(rows)
    session.flush()
    score_year(session, year)
    session.commit()
    return Audited(inst_id, main.id, run.id, audit.id, page.id,
                   {(r.question_id, r.option): r.id for r in rows}, shot)


@pytest.fixture
def audited(db) -> Audited:
    """:func:`seed_audit` on the test database."""
    return seed_audit(db)


def is_problem(r, status: int) -> dict:
    """Assert an RFC 9457 problem response of ``status``; return its body."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json"), r.headers["content-type"]
    body = r.json()
    assert body["status"] == status and body["title"] and body["type"] == "about:blank"
    return body
