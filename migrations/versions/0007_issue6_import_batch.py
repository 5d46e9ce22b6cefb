"""issue 6: import batches — every accepted self-assessment import is recorded (file, SHA-256, format,
year, rows, warnings accepted, who and when) and its survey answers reference it

Revision ID: 0007_issue6
Revises: 0006_site_audit_site_id
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_issue6"
down_revision = "0006_site_audit_site_id"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("warnings_accepted", sa.Integer(), nullable=False),
        sa.Column("imported_by", sa.String(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_import_batch_sha256", "import_batch", ["sha256"])
    op.create_index("ix_import_batch_year", "import_batch", ["year"])
    with op.batch_alter_table("survey_answer") as batch:
        batch.add_column(sa.Column("batch_id", sa.Integer(), nullable=True))
        batch.create_index("ix_survey_answer_batch_id", ["batch_id"])
        batch.create_foreign_key("fk_survey_answer_batch_id", "import_batch", ["batch_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("survey_answer") as batch:
        batch.drop_constraint("fk_survey_answer_batch_id", type_="foreignkey")
        batch.drop_index("ix_survey_answer_batch_id")
        batch.drop_column("batch_id")
    op.drop_index("ix_import_batch_year", table_name="import_batch")
    op.drop_index("ix_import_batch_sha256", table_name="import_batch")
    op.drop_table("import_batch")
