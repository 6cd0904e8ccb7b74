"""The schema as SQLAlchemy Core tables: what the store reads and writes, and what the
migrations must produce (a test compares them).

Core, not the ORM, on purpose: `import sqlalchemy` costs ~70 ms less than
`import sqlalchemy.orm`, and `mlfun status` and `mlfun submit` pay for every import.
Typed ORM classes over these same tables are in models.py for code that wants them.

Learners and cohorts are here from the start: a local learner is a learner with no
cohort. Every attempt is kept whole (source, seed, content hash, per-check results,
diagnosis), so any grade can be explained or replayed. `progress` is derived from the
attempts and updated in the same transaction, so `status` is one small query however
many attempts there are.

Cohort mode adds two tables (migration 0002): `cohort_exercise`, which exercises a cohort
has and their deadlines (no rows: every exercise, no deadline), and `submission`, the
grading queue. A worker claims a queued submission with `SELECT ... FOR UPDATE SKIP
LOCKED` and holds that row lock while it grades; it inserts the attempt and marks the
submission graded in the same transaction. `attempt.submission_id` is unique, so a
submission is recorded at most once, and a worker that dies loses its lock with its
connection, so the submission is claimed again: graded exactly once.

`attempt.graded` (migration 0003) is false for an attempt mlfun itself could not grade (a
broken install, a worker without the cohort's exercises): it is kept, with the learner's
source, but it is not one of their attempts in `progress` or in any report.

`attempt.number` and `attempt.kind` (migration 0004): attempts are numbered per learner and
exercise ("attempt 1" is the first try at each exercise, in the terminal, JSON, history and
cohort reports), and a test run (`mlfun test`, watch's saves that are not attempts) is kept
with kind 'test' and no number: shown in history, never counted.

`cohort.reveal_expected` (migration 0006): whether the cohort's learners see hidden cases'
expected values in their verdicts (default no: the discrepancy and the shapes only).

`dashboard_session` (migration 0005): an instructor's dashboard login. The cookie holds a
random id; the table holds its SHA-256, the cohort and the expiry, so logout (deleting the
row) or the expiry ends it, and the instructor token is never a cookie.
"""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData, String,
                        Table, Text, UniqueConstraint, false, true)

metadata = MetaData()

cohort = Table(
    "cohort", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("join_token_hash", String(128)),
    Column("instructor_token_hash", String(128)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("reveal_expected", Boolean, nullable=False, server_default=false()),     # migration 0006
)

learner = Table(
    "learner", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("cohort_id", Integer, ForeignKey("cohort.id"), index=True),
    Column("token_hash", String(128), unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("cohort_id", "name", name="uq_learner_cohort_name"),
)

attempt = Table(
    "attempt", metadata,
    Column("id", Integer, primary_key=True),
    Column("learner_id", Integer, ForeignKey("learner.id"), nullable=False, index=True),
    Column("exercise_id", String(100), nullable=False, index=True),
    Column("content_hash", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("seed", BigInteger, nullable=False),
    Column("passed", Boolean, nullable=False),
    Column("score", Float, nullable=False),
    Column("checks", JSON, nullable=False),
    Column("diagnosis", JSON, nullable=False),
    Column("failure", Text),
    Column("duration", Float, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("submission_id", Integer, ForeignKey("submission.id"), unique=True),
    Column("graded", Boolean, nullable=False, server_default=true()),    # False: mlfun could not grade it
    Column("number", Integer),          # per exercise: 1 for the learner's first counted attempt at it
    Column("kind", String(8), nullable=False, server_default="submit"),   # 'submit', or 'test': never counted
)

cohort_exercise = Table(
    "cohort_exercise", metadata,
    Column("cohort_id", Integer, ForeignKey("cohort.id"), primary_key=True),
    Column("exercise_id", String(100), primary_key=True),
    Column("deadline", DateTime(timezone=True)),
)

submission = Table(
    "submission", metadata,
    Column("id", Integer, primary_key=True),
    Column("learner_id", Integer, ForeignKey("learner.id"), nullable=False, index=True),
    Column("exercise_id", String(100), nullable=False),
    Column("source", Text, nullable=False),
    Column("seed", BigInteger, nullable=False),
    Column("state", String(16), nullable=False),        # queued, graded
    Column("unlocked", JSON),                           # exercises the verdict opened, once graded
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("graded_at", DateTime(timezone=True)),
    Index("ix_submission_queue", "state", "id"),
)

progress = Table(
    "progress", metadata,
    Column("learner_id", Integer, ForeignKey("learner.id"), primary_key=True),
    Column("exercise_id", String(100), primary_key=True),
    Column("attempts", Integer, nullable=False),
    Column("hints_taken", Integer, nullable=False),
    Column("passed_at", DateTime(timezone=True)),
    Column("first_pass_attempt_id", Integer, ForeignKey("attempt.id")),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

dashboard_session = Table(
    "dashboard_session", metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("cohort_id", Integer, ForeignKey("cohort.id"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False, index=True),
)
