"""The progress store: every attempt, and each learner's progress, in one SQL database.

SQLite (WAL) in the workspace by default, any SQLAlchemy URL via MLFUN_DATABASE_URL
(PostgreSQL for a cohort). A submission is recorded in one transaction: the attempt and
its progress row together, or neither. Opening a store compares the database's schema
revision with this version's head in one query; Alembic is imported only when an upgrade
is actually needed, so a normal run never pays for it.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, event, func, insert, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from mlfun.grader.errors import MlfunError

from . import schema
from .records import HEAD_REVISION, AttemptRecord, ProgressRecord  # noqa: F401 - part of the store's API

MIGRATIONS = Path(__file__).parent / "migrations"


class StoreError(MlfunError):
    """The database cannot be used: unreadable, locked for too long, or from a newer mlfun."""


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class Store:
    def __init__(self, url: str):
        self.url = url
        self.engine = _engine(url)
        try:
            ensure_schema(self.engine)
        except DatabaseError as err:
            hint = ("move the file away to start fresh, or set MLFUN_DATABASE_URL" if url.startswith("sqlite")
                    else "check that the database server is up and that MLFUN_DATABASE_URL names it")
            raise StoreError(f"cannot use the progress database ({_where(url)}): {err.orig}", hint) from None

    def close(self) -> None:
        self.engine.dispose()

    # -- learners -------------------------------------------------------------------

    def learner(self, name: str, cohort_id: int | None = None) -> int:
        """The id of the learner with this name (in this cohort), created on first use."""
        query = select(schema.learner.c.id).where(schema.learner.c.name == name, schema.learner.c.cohort_id.is_(cohort_id)
                                         if cohort_id is None else schema.learner.c.cohort_id == cohort_id)
        with self.engine.begin() as conn:
            found = conn.execute(query.order_by(schema.learner.c.id)).scalar()
            if found is None:
                try:
                    conn.execute(insert(schema.learner).values(name=name, cohort_id=cohort_id, created_at=_now()))
                except IntegrityError:
                    pass
                found = conn.execute(query.order_by(schema.learner.c.id)).scalar()
        return found

    # -- progress -------------------------------------------------------------------

    def progress(self, learner_id: int) -> dict[str, ProgressRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.progress.c.exercise_id, schema.progress.c.attempts, schema.progress.c.hints_taken,
                                       schema.progress.c.passed_at).where(schema.progress.c.learner_id == learner_id))
            return {r.exercise_id: ProgressRecord(r.exercise_id, r.attempts, r.hints_taken, r.passed_at)
                    for r in rows}

    def passed(self, learner_id: int) -> set[str]:
        return {e for e, p in self.progress(learner_id).items() if p.passed_at is not None}

    def record(self, learner_id: int, result, source: str) -> int:
        """Keep one graded attempt and update progress, in one transaction. Returns the attempt id."""
        return self.keep(learner_id, result, source)[0]

    def keep(self, learner_id: int, result, source: str, kind: str = "submit",
             score: float | None = None) -> tuple[int, int | None]:
        """Keep a graded run: an attempt (kind 'submit') or a test run (kind 'test', never counted),
        with `score` when the caller gives one (else the result's own). Returns the row's id and
        its number among the learner's attempts at that exercise (None for a test run)."""
        with self.engine.begin() as conn:
            return record_attempt(conn, learner_id, result, source, kind=kind, score=score, numbered=True)

    def total_attempts(self, learner_id: int, exercise: str | None = None) -> int:
        """How many runs history could show (attempts and test runs)."""
        query = select(func.count()).select_from(schema.attempt).where(schema.attempt.c.learner_id == learner_id)
        if exercise:
            query = query.where(schema.attempt.c.exercise_id == exercise)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one()

    def take_hint(self, learner_id: int, exercise: str, available: int) -> int:
        """Reveal one more hint (up to `available`); returns how many are now shown."""
        with self.engine.begin() as conn:
            _upsert(conn, learner_id, exercise, dict(attempts=0, hints_taken=min(1, available)),
                    dict(hints_taken=func.min(schema.progress.c.hints_taken + 1, available)
                         if conn.dialect.name == "sqlite" else func.least(schema.progress.c.hints_taken + 1, available),
                         updated_at=_now()))
            return conn.execute(select(schema.progress.c.hints_taken).where(
                schema.progress.c.learner_id == learner_id, schema.progress.c.exercise_id == exercise)).scalar_one()

    # -- history ----------------------------------------------------------------------

    def history(self, learner_id: int, exercise: str | None = None, limit: int = 100) -> list[AttemptRecord]:
        query = select(schema.attempt).where(schema.attempt.c.learner_id == learner_id)
        if exercise:
            query = query.where(schema.attempt.c.exercise_id == exercise)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(schema.attempt.c.id.desc()).limit(limit)).mappings().all()
        return [_attempt(r) for r in rows]

    def has_attempt(self, learner_id: int, exercise: str, source: str) -> bool:
        """Whether this exact source was already recorded as a counted attempt at the exercise."""
        a = schema.attempt
        with self.engine.connect() as conn:
            return conn.execute(select(a.c.id).where(a.c.learner_id == learner_id, a.c.exercise_id == exercise,
                                                     a.c.kind == "submit", a.c.source == source).limit(1)).first() is not None

    def attempt(self, attempt_id: int) -> AttemptRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.attempt).where(schema.attempt.c.id == attempt_id)).mappings().first()
        return _attempt(row, with_source=True) if row else None

    def count_attempts(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.attempt)).scalar_one()


def record_attempt(conn, learner_id: int, result, source: str, submission_id: int | None = None, *,
                   kind: str = "submit", score: float | None = None, numbered: bool = False):
    """Insert one graded attempt and update its progress row, inside the caller's transaction.
    Returns the attempt's id, or (id, number) with `numbered`. A test run (kind 'test') is kept
    with no number and leaves progress alone."""
    data = result.to_json()
    counted = int(result.graded and kind == "submit")   # mlfun's own failure is kept but is not the learner's attempt
    number = _next_number(conn, learner_id, result.exercise) if counted else None
    attempt_id = conn.execute(insert(schema.attempt).values(
        learner_id=learner_id, exercise_id=result.exercise, content_hash=result.content_hash,
        source=source, seed=result.seed, passed=result.passed, score=result.score if score is None else score,
        checks=data["checks"], diagnosis=data["diagnosis"], failure=result.failure,
        duration=result.duration, created_at=_now(), submission_id=submission_id, graded=result.graded,
        number=number, kind=kind)
        .returning(schema.attempt.c.id)).scalar_one()
    if kind != "submit":
        return (attempt_id, None) if numbered else attempt_id
    passing = attempt_id if result.passed else None
    values = dict(attempts=schema.progress.c.attempts + counted, updated_at=_now())
    if passing is not None:
        values["passed_at"] = func.coalesce(schema.progress.c.passed_at, _now())
        values["first_pass_attempt_id"] = func.coalesce(schema.progress.c.first_pass_attempt_id, passing)
    _upsert(conn, learner_id, result.exercise,
            dict(attempts=counted, passed_at=_now() if passing else None, first_pass_attempt_id=passing), values)
    return (attempt_id, number) if numbered else attempt_id


def _next_number(conn, learner_id: int, exercise: str) -> int:
    """One more than the learner's counted attempts at this exercise (read in the same transaction)."""
    a = schema.attempt
    return conn.execute(select(func.coalesce(func.max(a.c.number), 0) + 1).where(
        a.c.learner_id == learner_id, a.c.exercise_id == exercise)).scalar_one()


def _attempt(row, with_source: bool = False) -> AttemptRecord:
    return AttemptRecord(row["id"], row["exercise_id"], row["passed"], row["score"], row["seed"],
                         row["content_hash"], row["created_at"], row["duration"], row["checks"],
                         row["diagnosis"], row["failure"], row["source"] if with_source else None,
                         row["number"], row["kind"])


def _upsert(conn, learner_id: int, exercise: str, insert_values: dict, update_values: dict) -> None:
    """Insert the progress row, or update it if a concurrent submit created it first."""
    if conn.dialect.name in ("sqlite", "postgresql"):
        module = __import__(f"sqlalchemy.dialects.{conn.dialect.name}", fromlist=["insert"])
        statement = module.insert(schema.progress).values(
            learner_id=learner_id, exercise_id=exercise, updated_at=_now(),
            **{"hints_taken": 0, **insert_values})
        conn.execute(statement.on_conflict_do_update(index_elements=["learner_id", "exercise_id"],
                                                     set_=update_values))
        return
    where = (schema.progress.c.learner_id == learner_id) & (schema.progress.c.exercise_id == exercise)
    if conn.execute(update(schema.progress).where(where).values(**update_values)).rowcount == 0:
        conn.execute(insert(schema.progress).values(learner_id=learner_id, exercise_id=exercise, updated_at=_now(),
                                             **{"hints_taken": 0, **insert_values}))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _where(url: str) -> str:
    return url.split("///", 1)[1] if url.startswith("sqlite:///") else masked_url(url)


def masked_url(url: str) -> str:
    """The database URL as mlfun prints it: the password (in the URL or as a query parameter,
    which libpq also reads) shown as ***, so `mlfun doctor` and a worker's log can be pasted
    into a question without handing out the database."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return "(a database URL that SQLAlchemy cannot read)"
    secret = {key: "hidden" for key in parsed.query if "password" in key.lower()}
    return parsed.update_query_dict(secret).render_as_string(hide_password=True)


def _engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")       # readers never block the writer
    cursor.execute("PRAGMA busy_timeout=30000")     # concurrent submits wait instead of failing
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, DatabaseError) as err:
            if "alembic_version" in str(err) or "does not exist" in str(err) or "no such table" in str(err):
                return None
            raise


def ensure_schema(engine: Engine) -> None:
    """Bring the database to HEAD_REVISION; a no-op (one query) when it is already there."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    if revision is not None and revision > HEAD_REVISION:
        raise StoreError(f"the progress database is from a newer mlfun (schema {revision})",
                         "upgrade mlfun: pip install -U mlfun")
    with _migration_lock(engine):
        if current_revision(engine) != HEAD_REVISION:
            upgrade(engine)


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:      # a batch migration copies a table others refer to: check references after, not during
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, target)
            if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                raise StoreError("the upgraded progress database has broken references", "restore the backup")
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


class _migration_lock:
    """Two processes opening a new database at once must not both create its tables."""

    def __init__(self, engine: Engine):
        self.engine, self.handle, self.conn = engine, None, None

    def __enter__(self):
        if self.engine.dialect.name == "sqlite" and self.engine.url.database:
            import fcntl

            self.handle = open(self.engine.url.database + ".lock", "w")
            fcntl.flock(self.handle, fcntl.LOCK_EX)
        elif self.engine.dialect.name == "postgresql":
            self.conn = self.engine.connect()
            self.conn.execute(text("SELECT pg_advisory_lock(712001)"))
        return self

    def __exit__(self, *exc):
        if self.handle:
            self.handle.close()
        if self.conn is not None:
            self.conn.execute(text("SELECT pg_advisory_unlock(712001)"))
            self.conn.close()


def default_url(workspace: Path) -> str:
    return os.environ.get("MLFUN_DATABASE_URL") or sqlite_url(workspace / ".mlfun" / "progress.db")
