"""The grading queue of cohort mode, on PostgreSQL: submissions wait in `submission`, workers
claim them by locking a row (`SELECT ... FOR UPDATE`), skipping the learners another worker
holds (an advisory lock per learner, tried, never waited for).

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

Fairness: a worker takes the next submission of the learner served least recently, and
never a second one of a learner whose submission another worker holds. "Holds" is a
transaction-level advisory lock on the learner, taken with the row: it ends with the
claiming transaction, so a killed worker frees the learner with the row. One learner's
six slow submissions then delay another learner's by at most the grade in progress,
where first-in-first-out made them wait for all six.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import bindparam, case, func, insert, literal, select, update

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
    """Queue a submission for grading; refuse more than `per_minute` a minute from one learner.
    The learner's row is locked while counting, so concurrent submissions count one another."""
    s = schema.submission
    with engine.begin() as conn:
        conn.execute(select(schema.learner.c.id).where(schema.learner.c.id == learner_id).with_for_update())
        recent = conn.execute(select(func.count()).select_from(s).where(
            s.c.learner_id == learner_id, s.c.created_at > _now() - RATE_WINDOW)).scalar_one()
        if recent >= per_minute:
            raise RateLimited(f"you have submitted {recent} times in the last minute; the limit is {per_minute}",
                              "wait a minute, then submit again")
        number = conn.execute(insert(s).values(learner_id=learner_id, exercise_id=exercise, source=source, seed=seed,
                                               state="queued", created_at=_now()).returning(s.c.id)).scalar_one()
        _notify(conn, QUEUED_CHANNEL, number)
        return number


LEARNER_LOCKS = 0x6d6c66      # advisory-lock namespace of "a worker holds this learner's submission"
CANDIDATES = 32               # learners looked at per claim, least recently served first


def claim(conn) -> Job | None:
    """Lock the next submission to grade, inside `conn`'s transaction: the oldest queued one of
    the learner served least recently among those no other worker is grading for."""
    for learner_id in _learners_in_turn(conn):
        if conn.dialect.name == "postgresql" and not conn.execute(
                select(func.pg_try_advisory_xact_lock(literal(LEARNER_LOCKS), learner_id))).scalar_one():
            continue                                    # another worker grades this learner now
        job = _oldest_of(conn, learner_id)
        if job is not None:
            return job
    return None


def _learners_in_turn(conn) -> list[int]:
    """Learners with queued work, least recently served first (never served: first of all),
    then by how long their oldest submission has waited."""
    s, served = schema.submission, schema.submission.alias("served")
    waiting = (select(s.c.learner_id, func.min(s.c.id).label("first")).where(s.c.state == "queued")
               .group_by(s.c.learner_id).subquery())
    last = (select(func.max(served.c.graded_at)).where(served.c.learner_id == waiting.c.learner_id,
                                                       served.c.state == "graded").scalar_subquery())
    rows = conn.execute(select(waiting.c.learner_id).order_by(last.asc().nulls_first(), waiting.c.first)
                        .limit(CANDIDATES))
    return list(rows.scalars())


def _oldest_of(conn, learner_id: int) -> Job | None:
    """The learner's oldest queued submission, locked. No other worker can hold it (we hold the
    learner), so the lock waits rather than skips: the only other lock on it is the moment of a
    `progress` reader's share lock, and skipping that left the submission to the next claim,
    seconds later."""
    s = schema.submission
    row = conn.execute(select(s.c.id, s.c.learner_id, s.c.exercise_id, s.c.source, s.c.seed)
                       .where(s.c.state == "queued", s.c.learner_id == learner_id).order_by(s.c.id)
                       .with_for_update().limit(1)).first()
    return Job(row.id, row.learner_id, row.exercise_id, row.source, row.seed) if row else None


def libpq_url(database_url) -> str:
    """The URL psycopg itself takes, for a LISTEN connection (SQLAlchemy's has a +driver suffix)."""
    from sqlalchemy.engine import make_url

    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


def _notify(conn, channel: str, payload) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_notify(channel, str(payload))))


GRADED_CHANNEL = "mlfun_graded"      # NOTIFY channels: the payload is the submission id
QUEUED_CHANNEL = "mlfun_queued"      # idle workers wait on it instead of polling


def complete(conn, job: Job, result, unlocked: list[str]) -> int:
    """Record the attempt and mark the submission graded, in the claiming transaction; the
    server hears of it at commit (NOTIFY), so waiting learners need not poll."""
    attempt_id = record_attempt(conn, job.learner_id, result, job.source, submission_id=job.submission_id)
    conn.execute(update(schema.submission).where(schema.submission.c.id == job.submission_id)
                 .values(state="graded", unlocked=unlocked, graded_at=_now()))
    _notify(conn, GRADED_CHANNEL, job.submission_id)
    return attempt_id


@dataclass(frozen=True)
class Progress:
    """Where one submission is: waiting (with how many before it), being graded, or graded."""
    state: str                    # queued, grading, graded
    ahead: int = 0
    attempt_id: int | None = None
    unlocked: list | None = None


def progress(engine, learner_id: int, submission_id: int) -> Progress | None:
    """The learner's own submission only: another learner's id reads as not found. In as few
    statements as it can (one, once graded), built once: a waiting learner's client asks this
    again every half minute, and at hundreds of learners the building cost more than the asking."""
    ids = {"learner": learner_id, "submission": submission_id}
    with engine.connect() as conn:
        row = conn.execute(_PROGRESS, ids).first()
        if row is None:
            return None
        if row.state == "graded":
            return Progress("graded", 0, row.attempt, row.unlocked or [])
        if conn.execute(_FREE, ids).first() is None:
            return Progress("grading")
        return Progress("queued", conn.execute(_AHEAD, ids).scalar_one())


def _progress_statements():
    """Where a submission is; whether a worker holds it (a queued row whose share lock we cannot
    take is being graded); how many submissions a worker will take before it, in turns: the
    learner's own older ones, and of every other learner at most as many as its place in its queue."""
    s, a = schema.submission, schema.attempt
    learner, submission = bindparam("learner"), bindparam("submission")
    where = select(s.c.state, s.c.unlocked, a.c.id.label("attempt")).outerjoin(a, a.c.submission_id == s.c.id) \
        .where(s.c.id == submission, s.c.learner_id == learner)
    free = select(s.c.id).where(s.c.id == submission).with_for_update(read=True, skip_locked=True)
    mine = select(func.count()).select_from(s).where(
        s.c.state == "queued", s.c.learner_id == learner, s.c.id < submission).scalar_subquery()
    place = mine + 1
    others = (select(case((func.count() < place, func.count()), else_=place).label("n")).where(
        s.c.state == "queued", s.c.learner_id != learner).group_by(s.c.learner_id).subquery())
    ahead = select(mine + func.coalesce(select(func.sum(others.c.n)).scalar_subquery(), 0))
    return where, free, ahead


_PROGRESS, _FREE, _AHEAD = _progress_statements()


def depth(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.submission)
                            .where(schema.submission.c.state == "queued")).scalar_one()
