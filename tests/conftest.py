"""Shared fixtures: the shared/ folder, settings on a temporary SQLite file, a real PostgreSQL database."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from store.settings import Settings, get_settings

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared/ folder (setting ``EINDEX_SHARED_DIR``; default ``<repo>/../shared``)."""
    path = get_settings().shared_dir
    if not (path / "seed-data").is_dir():
        pytest.fail(f"shared/ not found at {path}; set EINDEX_SHARED_DIR")
    return path


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Settings on a fresh SQLite file under tmp_path, loopback allowed, small budgets."""
    return Settings(data_dir=tmp_path, allow_private=["127.0.0.1"], max_pages=30, max_rendered=5)


def pg_available() -> bool:
    """True when the local PostgreSQL answers."""
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL database (created here, dropped after). Skips, saying so, when no server runs."""
    if not pg_available():
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is not reachable: Postgres tests skipped")
    name = f"eindex_test_{uuid.uuid4().hex[:10]}"
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url
    finally:
        from store.db import get_engine

        get_engine(url).dispose()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


pytest_plugins = ["tests.api_fixtures"]  # the API and review tests' fixtures (issue 7)


@pytest.fixture
def pg_registry(pg_url, monkeypatch, tmp_path):
    """A migrated PostgreSQL database that the settings point at, with two institutions of one site
    each ("a": https://www.example.lv/, "b": https://b.example.lv/lv/); yields its URL."""
    from store.db import migrate, session_scope
    from store.registry import upsert_institution

    monkeypatch.setenv("DATABASE_URL", pg_url)
    monkeypatch.setenv("EINDEX_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    migrate(pg_url)
    with session_scope(pg_url) as session:
        upsert_institution(session, "a", "A", None, False, [("https://www.example.lv/", [])])
        upsert_institution(session, "b", "B", None, False, [("https://b.example.lv/lv/", [])])
    yield pg_url
    get_settings.cache_clear()
