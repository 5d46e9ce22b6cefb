"""Site audits are keyed by site, not URL: unique (run_id, site_id) instead of (run_id, url), so two
sites declaring the same URL (two institutions sharing a site) can be audited in one run.

Revision ID: 0006_site_audit_site_id
Revises: 0005_issue6
Create Date: 2026-12-02 12:00:00
"""
from alembic import op

revision = '0006_site_audit_site_id'
down_revision = '0005_issue6'
branch_labels = None
depends_on = None

# 0001 left the constraint unnamed: PostgreSQL named it <table>_<columns>_key; on SQLite, batch mode
# names the reflected constraint by this convention so that it can be dropped.
NAMING = {"uq": "%(table_name)s_%(column_0_N_name)s_key"}


def upgrade() -> None:
    with op.batch_alter_table('siteaudit', schema=None, naming_convention=NAMING) as batch_op:
        batch_op.drop_constraint('siteaudit_run_id_url_key', type_='unique')
        batch_op.create_unique_constraint('siteaudit_run_id_site_id_key', ['run_id', 'site_id'])


def downgrade() -> None:
    """Fails when a run audited two sites with the same URL (the old key cannot hold them)."""
    with op.batch_alter_table('siteaudit', schema=None, naming_convention=NAMING) as batch_op:
        batch_op.drop_constraint('siteaudit_run_id_site_id_key', type_='unique')
        batch_op.create_unique_constraint('siteaudit_run_id_url_key', ['run_id', 'url'])
