"""attempt.number and attempt.kind: attempts numbered per exercise, and test runs kept apart.

`number` is the attempt's place among the learner's counted attempts at that exercise (1, 2,
...), so "attempt 1" is the first try at every exercise; it is empty for a test run and for
an attempt mlfun could not grade. `kind` is 'submit' or 'test' (`mlfun test`, and `watch`'s
saves that are not attempts): a test run is kept and shown in history, never counted.

Existing attempts are numbered in the order they were made, with one portable UPDATE (a
correlated count), so the same migration runs on SQLite and PostgreSQL.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attempt", sa.Column("number", sa.Integer))
    op.add_column("attempt", sa.Column("kind", sa.String(8), nullable=False, server_default="submit"))
    attempt = sa.table("attempt", sa.column("id", sa.Integer), sa.column("learner_id", sa.Integer),
                       sa.column("exercise_id", sa.String), sa.column("graded", sa.Boolean),
                       sa.column("number", sa.Integer))
    earlier = attempt.alias("earlier")
    count = (sa.select(sa.func.count()).select_from(earlier)
             .where(earlier.c.learner_id == attempt.c.learner_id, earlier.c.exercise_id == attempt.c.exercise_id,
                    earlier.c.graded.is_(True), earlier.c.id <= attempt.c.id)
             .scalar_subquery())
    op.execute(attempt.update().where(attempt.c.graded.is_(True)).values(number=count))


def downgrade() -> None:
    with op.batch_alter_table("attempt") as batch:
        batch.drop_column("kind")
        batch.drop_column("number")
