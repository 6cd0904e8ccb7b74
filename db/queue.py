"""The grading queue of cohort mode, on PostgreSQL: submissions wait in `submission`, workers
claim them with `SELECT ... FOR UPDATE SKIP LOCKED`.

Why not a queue library: a worker holds the row lock of the submission it grades for the
whole grade, in one transaction that also inserts the attempt and marks the submission
graded. That transaction *is* the lease, and PostgreSQL keeps it for us:
- a worker killed mid-grade (kill -9, a lost machine) loses its connection, PostgreSQL
  rolls its transaction back and the row is unlocked and still `queued`, so the next
  worker claims it: nothing is lost and there is no lease length to tune;
- the attempt and the verdict commit together or not at all, and `attempt.submission_id`
  is unique, so a submission is recorded once even if two workers ever raced.
A task-queue package would add its own tables and a second transaction (the job's) beside
the one that records the attempt, which is exactly where "graded twice" or "lost" come
from. TCP keepalives (set in `connect_args` by the worker) bound how long a vanished
machine can hold a row.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, insert, select, update

from mlfun.grader.errors import MlfunError

from . import schema
from .store import record_attempt

RATE_WINDOW = timedelta(minutes=1)


class RateLimited(MlfunError):
    """Too many submissions in a short time from one learner."""


@dataclass(frozen=True)
class Job:
    submission_id: int
    learner_id: int
    exercise: str
    source: str
    seed: int


def _now() -> datetime:
    return datetime.now(timezone.utc)


def enqueue(engine, learner_id: int, exercise: str, source: str, seed: int, per_minute: int) -> int:
    """Queue a submission for grading; refuse more than `per_minute` a minute from one learner."""
    s = schema.submission
    with engine.begin() as conn:
        recent = conn.execute(select(func.count()).select_from(s).where(
            s.c.learner_id == learner_id, s.c.created_at > _now() - RATE_WINDOW)).scalar_one()
        if recent >= per_minute:
            raise RateLimited(f"you have submitted {recent} times in the last minute; the limit is {per_minute}",
                              "wait a minute, then submit again")
        return conn.execute(insert(s).values(learner_id=learner_id, exercise_id=exercise, source=source, seed=seed,
                                             state="queued", created_at=_now()).returning(s.c.id)).scalar_one()


def claim(conn) -> Job | None:
    """Lock the oldest queued submission that no other worker holds, inside `conn`'s transaction."""
    s = schema.submission
    row = conn.execute(select(s.c.id, s.c.learner_id, s.c.exercise_id, s.c.source, s.c.seed)
                       .where(s.c.state == "queued").order_by(s.c.id)
                       .with_for_update(skip_locked=True).limit(1)).first()
    return Job(row.id, row.learner_id, row.exercise_id, row.source, row.seed) if row else None


GRADED_CHANNEL = "mlfun_graded"      # NOTIFY channel: the payload is the submission id


def complete(conn, job: Job, result, unlocked: list[str]) -> int:
    """Record the attempt and mark the submission graded, in the claiming transaction; the
    server hears of it at commit (NOTIFY), so waiting learners need not poll."""
    attempt_id = record_attempt(conn, job.learner_id, result, job.source, submission_id=job.submission_id)
    conn.execute(update(schema.submission).where(schema.submission.c.id == job.submission_id)
                 .values(state="graded", unlocked=unlocked, graded_at=_now()))
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_notify(GRADED_CHANNEL, str(job.submission_id))))
    return attempt_id


@dataclass(frozen=True)
class Progress:
    """Where one submission is: waiting (with how many before it), being graded, or graded."""
    state: str                    # queued, grading, graded
    ahead: int = 0
    attempt_id: int | None = None
    unlocked: list | None = None


def progress(engine, learner_id: int, submission_id: int) -> Progress | None:
    """The learner's own submission only: another learner's id reads as not found."""
    s = schema.submission
    with engine.begin() as conn:
        row = conn.execute(select(s.c.id, s.c.state, s.c.unlocked).where(
            s.c.id == submission_id, s.c.learner_id == learner_id)).first()
        if row is None:
            return None
        if row.state == "graded":
            attempt = conn.execute(select(schema.attempt.c.id).where(
                schema.attempt.c.submission_id == submission_id)).scalar_one()
            return Progress("graded", 0, attempt, row.unlocked or [])
        # A queued row that a worker holds is being graded: a share lock we cannot take says so.
        free = conn.execute(select(s.c.id).where(s.c.id == submission_id)
                            .with_for_update(read=True, skip_locked=True)).first()
        if free is None:
            return Progress("grading")
        ahead = conn.execute(select(func.count()).select_from(s).where(
            s.c.state == "queued", s.c.id < submission_id)).scalar_one()
        return Progress("queued", ahead)


def depth(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.submission)
                            .where(schema.submission.c.state == "queued")).scalar_one()
