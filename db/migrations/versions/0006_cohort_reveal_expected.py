"""cohort.reveal_expected: whether a cohort's learners see the expected values of hidden cases.

False by default, for existing cohorts too: a verdict on a hidden case then says where the
learner's value differs and by how much (absolute difference, relative error) and the
shapes, never the reference's values. An instructor turns it on per cohort with
`mlfun cohort set NAME --reveal-expected`.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-13
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cohort", sa.Column("reveal_expected", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("cohort") as batch:       # batch: older SQLite cannot drop a column in place
        batch.drop_column("reveal_expected")
