"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-29 08:40:49.503657
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('auditrun',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_year', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('axe_version', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('institution',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sector', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('is_ministry', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('institution_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('methodology', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('included', sa.Boolean(), nullable=False),
    sa.Column('excluded_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('e_index', sa.Float(), nullable=True),
    sa.Column('maturity', sa.Integer(), nullable=True),
    sa.Column('coverage', sa.Float(), nullable=True),
    sa.Column('provisional', sa.Boolean(), nullable=False),
    sa.Column('stale', sa.Boolean(), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('institution_id', 'year', 'methodology')
    )
    with op.batch_alter_table('score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_score_institution_id'), ['institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_score_year'), ['year'], unique=False)

    op.create_table('site',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('institution_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('exclude', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_institution_id'), ['institution_id'], unique=False)

    op.create_table('socialaccount',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('institution_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('network', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('socialaccount', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_socialaccount_institution_id'), ['institution_id'], unique=False)

    op.create_table('survey_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('institution_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('question_id', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['institution_id'], ['institution.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('institution_id', 'year', 'question_id', 'service_id', 'source')
    )
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_answer_institution_id'), ['institution_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_answer_year'), ['year'], unique=False)

    op.create_table('siteaudit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=True),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('pages_fetched', sa.Integer(), nullable=False),
    sa.Column('pages_rendered', sa.Integer(), nullable=False),
    sa.Column('conformance_pct', sa.Float(), nullable=True),
    sa.Column('wcag_group', sa.Integer(), nullable=True),
    sa.Column('mobile_friendly', sa.Boolean(), nullable=True),
    sa.Column('mobile_problems', sa.JSON(), nullable=False),
    sa.Column('errors', sa.JSON(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['run_id'], ['auditrun.id'], ),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('run_id', 'url')
    )
    with op.batch_alter_table('siteaudit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_siteaudit_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_siteaudit_site_id'), ['site_id'], unique=False)

    op.create_table('detection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_audit_id', sa.Integer(), nullable=False),
    sa.Column('question_id', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('option', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sa.Boolean(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('measure', sa.Float(), nullable=True),
    sa.Column('notes', sa.JSON(), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['site_audit_id'], ['siteaudit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('site_audit_id', 'question_id', 'option', 'subject')
    )
    with op.batch_alter_table('detection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_detection_question_id'), ['question_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_detection_site_audit_id'), ['site_audit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_detection_status'), ['status'], unique=False)

    op.create_table('page',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_audit_id', sa.Integer(), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('final_url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('status_code', sa.Integer(), nullable=True),
    sa.Column('content_type', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('depth', sa.Integer(), nullable=False),
    sa.Column('rendered', sa.Boolean(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('lang', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('error_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('error_message', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('warc_file', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('warc_offset', sa.Integer(), nullable=True),
    sa.Column('screenshot_sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('dom_sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('axe', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['site_audit_id'], ['siteaudit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('page', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_page_site_audit_id'), ['site_audit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('page', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_page_site_audit_id'))

    op.drop_table('page')
    with op.batch_alter_table('detection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_detection_status'))
        batch_op.drop_index(batch_op.f('ix_detection_site_audit_id'))
        batch_op.drop_index(batch_op.f('ix_detection_question_id'))

    op.drop_table('detection')
    with op.batch_alter_table('siteaudit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_siteaudit_site_id'))
        batch_op.drop_index(batch_op.f('ix_siteaudit_run_id'))

    op.drop_table('siteaudit')
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_answer_year'))
        batch_op.drop_index(batch_op.f('ix_survey_answer_institution_id'))

    op.drop_table('survey_answer')
    with op.batch_alter_table('socialaccount', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_socialaccount_institution_id'))

    op.drop_table('socialaccount')
    with op.batch_alter_table('site', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_institution_id'))

    op.drop_table('site')
    with op.batch_alter_table('score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_score_year'))
        batch_op.drop_index(batch_op.f('ix_score_institution_id'))

    op.drop_table('score')
    op.drop_table('institution')
    op.drop_table('auditrun')
