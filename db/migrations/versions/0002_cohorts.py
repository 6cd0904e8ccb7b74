"""Cohort mode: which exercises a cohort has (with deadlines), and the grading queue.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cohort_exercise",
        sa.Column("cohort_id", sa.Integer, sa.ForeignKey("cohort.id"), primary_key=True),
        sa.Column("exercise_id", sa.String(100), primary_key=True),
        sa.Column("deadline", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "submission",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("learner_id", sa.Integer, sa.ForeignKey("learner.id"), nullable=False),
        sa.Column("exercise_id", sa.String(100), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("seed", sa.BigInteger, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("unlocked", sa.JSON),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("graded_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_submission_learner_id", "submission", ["learner_id"])
    op.create_index("ix_submission_queue", "submission", ["state", "id"])
    with op.batch_alter_table("attempt") as batch:     # batch: SQLite cannot add a constraint in place
        batch.add_column(sa.Column("submission_id", sa.Integer))
        batch.create_foreign_key("fk_attempt_submission_id_submission", "submission", ["submission_id"], ["id"])
        batch.create_unique_constraint("uq_attempt_submission_id", ["submission_id"])


def downgrade() -> None:
    with op.batch_alter_table("attempt") as batch:
        batch.drop_constraint("uq_attempt_submission_id", type_="unique")
        batch.drop_constraint("fk_attempt_submission_id_submission", type_="foreignkey")
        batch.drop_column("submission_id")
    op.drop_index("ix_submission_queue", "submission")
    op.drop_index("ix_submission_learner_id", "submission")
    op.drop_table("submission")
    op.drop_table("cohort_exercise")
