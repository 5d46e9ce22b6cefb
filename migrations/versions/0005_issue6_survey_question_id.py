"""survey_answer.question_id holds every questionnaire id (SOCIAL_NETWORKS_URL_INSTAGRAM is 29 chars)

Revision ID: 0005_issue6
Revises: 0004_issue3
Create Date: 2026-11-29 09:05:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0005_issue6'
down_revision = '0004_issue3'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.alter_column('question_id', existing_type=sa.String(length=20), type_=sa.String(length=60),
                              existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('survey_answer', schema=None) as batch_op:
        batch_op.alter_column('question_id', existing_type=sa.String(length=60), type_=sa.String(length=20),
                              existing_nullable=False)
