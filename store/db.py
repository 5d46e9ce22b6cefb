"""Engines, sessions and the Alembic-managed schema (SQLite by default, PostgreSQL by ``DATABASE_URL``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from store.settings import REPO_ROOT, get_settings

MIGRATIONS = REPO_ROOT / "migrations"
MIGRATE_LOCK = 0x65696D67  # pg_advisory_lock key ("eimg") serialising concurrent migrations


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


@cache
def get_engine(url: str | None = None) -> Engine:
    """The engine for ``url`` (default: settings' database); the SQLite folder is created on demand."""
    url = url or get_settings().db_url
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at ``migrations/`` and ``url`` (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(url: str | None = None) -> None:
    """Bring the database at ``url`` (default: settings) to the newest schema (``alembic upgrade head``).
    On PostgreSQL, processes starting together (the API and the workers) take turns on an advisory lock;
    the later ones find the schema at head."""
    url = url or get_settings().db_url
    engine = get_engine(url)  # creates the SQLite folder
    if engine.dialect.name != "postgresql":
        command.upgrade(alembic_config(url), "head")
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATE_LOCK})
        try:
            command.upgrade(alembic_config(url), "head")
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATE_LOCK})


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error (nothing half-written)."""
    with Session(get_engine(url), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
