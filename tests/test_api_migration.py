"""The migrations go up and down on SQLite and PostgreSQL: issue 7's tables (users, API keys, overrides, write
log) and issue 6's import batches referenced by survey answers; the chain has a single head."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from store.db import alembic_config, get_engine, migrate

TABLES = {"app_user", "api_key", "override", "write_log", "import_batch"}


def _up_down_up(url: str) -> None:
    migrate(url)
    assert TABLES <= set(inspect(get_engine(url)).get_table_names())
    command.downgrade(alembic_config(url), "0001")
    assert not TABLES & set(inspect(get_engine(url)).get_table_names())
    migrate(url)
    assert TABLES <= set(inspect(get_engine(url)).get_table_names())
    assert "batch_id" in {c["name"] for c in inspect(get_engine(url)).get_columns("survey_answer")}
    command.downgrade(alembic_config(url), "0005_issue6")
    assert "import_batch" not in inspect(get_engine(url)).get_table_names()
    assert "batch_id" not in {c["name"] for c in inspect(get_engine(url)).get_columns("survey_answer")}
    migrate(url)


def test_the_migrations_have_a_single_head(tmp_path):
    script = ScriptDirectory.from_config(alembic_config(f"sqlite:///{tmp_path / 'h.db'}"))
    assert script.get_heads() == ["0007_issue6"]


def test_migration_sqlite(tmp_path):
    _up_down_up(f"sqlite:///{tmp_path / 'm.db'}")


@pytest.mark.postgres
def test_migration_postgres(pg_url):
    _up_down_up(pg_url)
