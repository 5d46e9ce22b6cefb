"""issue 3: crawl evidence — WARC file, feeds and skip counts per site audit; size, truncation,
charset and dialogs per page

Revision ID: 0004_issue3
Revises: 0003_issue8
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_issue3"
down_revision = "0003_issue8"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("siteaudit") as batch:
        batch.add_column(sa.Column("warc_file", sa.String(), nullable=True))
        batch.add_column(sa.Column("feeds", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("skipped", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("page") as batch:
        batch.add_column(sa.Column("size_bytes", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("truncated", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("encoding", sa.String(), nullable=True))
        batch.add_column(sa.Column("dialogs", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("page") as batch:
        for name in ("dialogs", "encoding", "truncated", "size_bytes"):
            batch.drop_column(name)
    with op.batch_alter_table("siteaudit") as batch:
        for name in ("skipped", "feeds", "warc_file"):
            batch.drop_column(name)
