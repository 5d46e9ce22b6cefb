"""Store: SQLModel tables, sessions, the Alembic-managed schema and evidence files."""
