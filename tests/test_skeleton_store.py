"""The schema comes from Alembic migrations, on SQLite and on the real PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlmodel import select

from checks.detection import Detection, Evidence
from store.db import alembic_config, get_engine, migrate, session_scope
from store.models import AuditRun, DetectionRecord, Institution, SiteAudit
from store.repo import detection_from_record, detection_record

TABLES = {"institution", "site", "socialaccount", "auditrun", "siteaudit", "page", "detection",
          "survey_answer", "score", "alembic_version"}


def test_one_migration_head():
    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    assert len(heads) == 1, f"several Alembic heads: {heads}"


def _roundtrip(url: str) -> None:
    migrate(url)
    assert TABLES <= set(inspect(get_engine(url)).get_table_names())
    det = Detection("M08", "7", True, "detected", 0.95, reason="role=search",
                    evidence=[Evidence("http://a.test/", "#search", "<form role=search>")])
    with session_scope(url) as s:
        s.add(Institution(id="x", name="X iestāde", sector="Demo"))
        run = AuditRun(assessment_year=2026)
        s.add(run)
        s.flush()
        audit = SiteAudit(run_id=run.id, url="http://a.test/")
        s.add(audit)
        s.flush()
        s.add(detection_record(audit.id, det))
    with session_scope(url) as s:
        rec = s.exec(select(DetectionRecord)).one()
        assert detection_from_record(rec) == det
    migrate(url)  # idempotent: already at head


def test_migrations_sqlite(tmp_path):
    _roundtrip(f"sqlite:///{tmp_path / 'x.db'}")


@pytest.mark.postgres
def test_migrations_postgres(pg_url):
    _roundtrip(pg_url)


def test_detection_key_is_unique(tmp_path):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    migrate(url)
    with session_scope(url) as s:
        run = AuditRun(assessment_year=2026)
        s.add(run)
        s.flush()
        audit = SiteAudit(run_id=run.id, url="http://a.test/")
        s.add(audit)
        s.flush()
        audit_id = audit.id
    det = Detection("M11", "1", True, "detected", 0.9)
    with pytest.raises(Exception, match="UNIQUE"), session_scope(url) as s:
        s.add(detection_record(audit_id, det))
        s.add(detection_record(audit_id, det))
    with session_scope(url) as s:   # the failed transaction wrote nothing
        assert s.exec(select(DetectionRecord)).all() == []
