"""queue: procrastinate's job tables (PostgreSQL only), run trigger / scheduled night, site-audit attempts,
shared politeness state per origin

The task queue (issue 8) is procrastinate on the service's own PostgreSQL. Its schema is the SQL that
ships with the pinned procrastinate release (``procrastinate.schema.SchemaManager.get_schema()``,
procrastinate 3.10); upgrading procrastinate past a schema change needs a new migration applying its
``sql/migrations`` files. SQLite (the embedded default) runs audits in-process and gets no queue tables.

Revision ID: 0003_issue8
Revises: 0002_issue7
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003_issue8"
down_revision = "0002_issue7"
branch_labels = None
depends_on = None

_DROP_PROCRASTINATE = """
DROP TABLE IF EXISTS procrastinate_periodic_defers, procrastinate_events, procrastinate_jobs,
    procrastinate_workers CASCADE;
DO $$ DECLARE f record; BEGIN
  FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = current_schema() AND p.proname LIKE 'procrastinate\\_%' LOOP
    EXECUTE 'DROP FUNCTION ' || f.sig || ' CASCADE';
  END LOOP;
END $$;
DROP TYPE IF EXISTS procrastinate_job_to_defer_v1, procrastinate_job_status, procrastinate_job_event_type
    CASCADE;
"""


def upgrade() -> None:
    with op.batch_alter_table("auditrun", schema=None) as batch_op:
        batch_op.add_column(sa.Column("trigger", sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default="manual"))
        batch_op.add_column(sa.Column("scheduled_for", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_unique_constraint("uq_auditrun_scheduled_for", ["scheduled_for"])
    with op.batch_alter_table("siteaudit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("worker", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.create_table("origin_pace",
                    sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
                    sa.Column("next_start", sa.DateTime(timezone=True), nullable=False),
                    sa.PrimaryKeyConstraint("origin"))
    if op.get_bind().dialect.name == "postgresql":
        from procrastinate.schema import SchemaManager

        op.execute(SchemaManager.get_schema())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_DROP_PROCRASTINATE)
    op.drop_table("origin_pace")
    with op.batch_alter_table("siteaudit", schema=None) as batch_op:
        batch_op.drop_column("worker")
        batch_op.drop_column("attempts")
    with op.batch_alter_table("auditrun", schema=None) as batch_op:
        batch_op.drop_constraint("uq_auditrun_scheduled_for", type_="unique")
        batch_op.drop_column("scheduled_for")
        batch_op.drop_column("trigger")
