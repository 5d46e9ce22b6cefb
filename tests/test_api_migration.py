"""Issue 7's migration (users, API keys, overrides, write log) goes up and down on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect

from store.db import alembic_config, get_engine, migrate

TABLES = {"app_user", "api_key", "override", "write_log"}


def _up_down_up(url: str) -> None:
    migrate(url)
    assert TABLES <= set(inspect(get_engine(url)).get_table_names())
    command.downgrade(alembic_config(url), "0001")
    assert not TABLES & set(inspect(get_engine(url)).get_table_names())
    migrate(url)
    assert TABLES <= set(inspect(get_engine(url)).get_table_names())


def test_migration_sqlite(tmp_path):
    _up_down_up(f"sqlite:///{tmp_path / 'm.db'}")


@pytest.mark.postgres
def test_migration_postgres(pg_url):
    _up_down_up(pg_url)
