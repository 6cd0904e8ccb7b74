"""attempt.graded: false for an attempt mlfun itself could not grade, which is kept but not
counted as one of the learner's attempts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attempt", sa.Column("graded", sa.Boolean, nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("attempt") as batch:      # batch: older SQLite cannot drop a column in place
        batch.drop_column("graded")
