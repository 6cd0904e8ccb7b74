"""The first schema: cohorts, learners, attempts, progress.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("join_token_hash", sa.String(128)),
        sa.Column("instructor_token_hash", sa.String(128)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "learner",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("cohort_id", sa.Integer, sa.ForeignKey("cohort.id")),
        sa.Column("token_hash", sa.String(128), unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("cohort_id", "name", name="uq_learner_cohort_name"),
    )
    op.create_index("ix_learner_cohort_id", "learner", ["cohort_id"])
    op.create_table(
        "attempt",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("learner_id", sa.Integer, sa.ForeignKey("learner.id"), nullable=False),
        sa.Column("exercise_id", sa.String(100), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("seed", sa.BigInteger, nullable=False),
        sa.Column("passed", sa.Boolean, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("checks", sa.JSON, nullable=False),
        sa.Column("diagnosis", sa.JSON, nullable=False),
        sa.Column("failure", sa.Text),
        sa.Column("duration", sa.Float, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_attempt_learner_id", "attempt", ["learner_id"])
    op.create_index("ix_attempt_exercise_id", "attempt", ["exercise_id"])
    op.create_index("ix_attempt_created_at", "attempt", ["created_at"])
    op.create_table(
        "progress",
        sa.Column("learner_id", sa.Integer, sa.ForeignKey("learner.id"), primary_key=True),
        sa.Column("exercise_id", sa.String(100), primary_key=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("hints_taken", sa.Integer, nullable=False),
        sa.Column("passed_at", sa.DateTime(timezone=True)),
        sa.Column("first_pass_attempt_id", sa.Integer, sa.ForeignKey("attempt.id")),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("progress")
    op.drop_table("attempt")
    op.drop_table("learner")
    op.drop_table("cohort")
