"""`mlfun worker`: claim queued submissions from PostgreSQL and grade them in the sandbox.

Each worker process keeps a warm zygote (DESIGN.md, speed budget) and grades one
submission at a time inside the transaction that claimed it (db/queue.py says why that
transaction is the lease). `--concurrency N` runs N such processes; SIGTERM or Ctrl-C
lets each finish the grade it holds, then stop.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import time

from mlfun.grader.errors import MlfunError

IDLE_WAIT = 5.0           # seconds an idle worker waits for a "queued" notification before looking anyway
# The server side's keepalives let PostgreSQL notice a worker machine that vanished (and so
# release the row it held) within ~25 s; the client side's notice a vanished server.
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
             "options": "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3"}


def run(database_url: str, concurrency: int = 1, *, quiet: bool = False) -> None:
    """Run `concurrency` grading processes until SIGTERM/SIGINT; restart any that dies."""
    _require_postgres(database_url)
    context = multiprocessing.get_context("fork")
    stopping = False

    def stop(_signum, _frame):
        nonlocal stopping
        stopping = True
        for process in processes:
            if process.is_alive():
                os.kill(process.pid, signal.SIGTERM)

    processes = [context.Process(target=work, args=(database_url,), daemon=False) for _ in range(concurrency)]
    for process in processes:
        process.start()
    started_at = [time.monotonic()] * concurrency
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if not quiet:
        print(f"mlfun worker: {concurrency} grading process(es) on {_where(database_url)}; Ctrl-C stops", flush=True)
    restarts = [0] * concurrency
    while not stopping:
        for i, process in enumerate(processes):
            if not process.is_alive() and not stopping:
                restarts[i] += 1                # the database away, say: wait longer each time, up to 30 s
                time.sleep(min(30.0, 0.5 * 2 ** min(restarts[i], 6)))
                processes[i] = context.Process(target=work, args=(database_url,))
                processes[i].start()
                started_at[i] = time.monotonic()
            elif time.monotonic() - started_at[i] > 60:
                restarts[i] = 0
        time.sleep(0.2)
    for process in processes:
        process.join()


def work(database_url: str, *, max_jobs: int | None = None) -> int:
    """One grading process: claim, grade, record, until told to stop. Returns how many it graded."""
    from sqlalchemy import create_engine

    from mlfun.db.cohort import Cohorts
    from mlfun.db.store import Store
    from mlfun.grader.catalog import Catalog
    from mlfun.grader.launch import Zygote

    stop = _StopFlag()
    store = Store(database_url)
    engine = create_engine(database_url, connect_args=KEEPALIVE, pool_size=1)
    grader = _Grader(Catalog.load(), store, Cohorts(engine), stop)
    graded = 0
    zygote = Zygote().start()
    bell = QueueBell(database_url)
    try:
        while not stop.set and (max_jobs is None or graded < max_jobs):
            try:
                found = grader.one(engine, zygote)
            except _Abandoned:
                break                                   # rolled back: another worker grades it
            graded += found
            if zygote.proc.poll() is not None:          # killed (by the OOM killer, say): a fresh one
                zygote.close()
                zygote = Zygote().start()
            if not found:
                bell.wait(IDLE_WAIT)
    finally:
        bell.close()
        zygote.close()
    return graded


class QueueBell:
    """An idle worker sleeps until a submission is queued: it LISTENs on the queue's channel,
    so an empty queue costs PostgreSQL nothing (polling every 50 ms cost each worker 20
    transactions a second). `wait` also returns after `timeout`, and at once if the listening
    connection fails, so a missed notification delays a grade by at most that long."""

    def __init__(self, database_url: str):
        from mlfun.db.queue import libpq_url

        self.url, self.conn = libpq_url(database_url), None

    def wait(self, timeout: float) -> None:
        try:
            if self.conn is None:
                self._listen()
                return                  # look at the queue once more: something may have come meanwhile
            for _note in self.conn.notifies(timeout=timeout, stop_after=1):
                pass
        except Exception:               # noqa: BLE001 - the database away: look again after a pause
            self.close()
            time.sleep(min(timeout, 1.0))

    def _listen(self) -> None:
        import psycopg

        from mlfun.db.queue import QUEUED_CHANNEL

        self.conn = psycopg.connect(self.url, autocommit=True, **KEEPALIVE)
        self.conn.execute(f"LISTEN {QUEUED_CHANNEL}")

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            finally:
                self.conn = None


def _stopped_by_signal(zygote) -> bool:
    """Did the zygote end by SIGTERM/SIGINT (a service manager stopping the whole worker)?"""
    import subprocess

    try:
        status = zygote.proc.wait(timeout=1.0)
    except subprocess.TimeoutExpired:
        return False
    return status in (-signal.SIGTERM, -signal.SIGINT)


class _Abandoned(Exception):
    """The worker was told to stop while grading: roll back, leave the submission queued."""


class _Grader:
    """Claims and grades; keeps what rarely changes (a learner's cohort, a cohort's exercises)
    for a few seconds, so a grade costs the queue few round trips besides its own."""

    COHORT_TTL = 5.0          # seconds an instructor's change of a cohort's exercises may take to apply

    def __init__(self, catalog, store, cohorts, stop):
        self.catalog, self.store, self.cohorts, self.stop = catalog, store, cohorts, stop
        self.cohort_of: dict[int, int] = {}
        self.exercises_of: dict[int, tuple[float, dict, bool]] = {}

    def one(self, engine, zygote) -> bool:
        """Claim and grade one submission; False when the queue is empty. The sandbox child
        boots while this process reads what the verdict needs to say what it opened."""
        from mlfun.db import queue
        from mlfun.grader.grade import Grading

        with engine.connect() as conn, conn.begin():
            job = queue.claim(conn)
            if job is None:
                return False
            reveal = self._cohort(conn, job.learner_id)[2]
            try:
                grading = Grading(self.catalog.exercise(job.exercise), job.source, job.seed,
                                  launcher=zygote, private=True, reveal_expected=reveal).start()
            except Exception as err:      # noqa: BLE001 - an exercise this worker cannot load
                grading = _Unable(err)
            view = self._view(conn, job.learner_id)
            before = self._passed(conn, job.learner_id) & set(view.ids)
            result = self._finish(job, grading, self.stop, zygote)
            after = before | {job.exercise} if result.passed else before
            queue.complete(conn, job, result, view.newly_opened(before, after))
        return True

    def _view(self, conn, learner_id: int):
        from .view import CohortView

        cohort_id, exercises, _reveal = self._cohort(conn, learner_id)
        return CohortView(self.catalog, self.store, self.cohorts, learner_id, cohort_id, exercises)

    def _cohort(self, conn, learner_id: int) -> tuple[int, dict, bool]:
        """The learner's cohort: its id, its exercises (id -> deadline) and whether its verdicts
        quote hidden cases' expected values; read again after COHORT_TTL seconds."""
        from sqlalchemy import select

        from mlfun.db import schema

        if learner_id not in self.cohort_of:
            self.cohort_of[learner_id] = conn.execute(
                select(schema.learner.c.cohort_id).where(schema.learner.c.id == learner_id)).scalar()
        cohort_id = self.cohort_of[learner_id]
        when, exercises, reveal = self.exercises_of.get(cohort_id, (0.0, None, False))
        if time.monotonic() - when > self.COHORT_TTL:
            table = schema.cohort_exercise
            rows = conn.execute(select(table.c.exercise_id, table.c.deadline).where(table.c.cohort_id == cohort_id))
            exercises = {r.exercise_id: r.deadline for r in rows}
            reveal = bool(conn.execute(select(schema.cohort.c.reveal_expected)
                                       .where(schema.cohort.c.id == cohort_id)).scalar())
            self.exercises_of[cohort_id] = (time.monotonic(), exercises, reveal)
        return cohort_id, exercises, reveal

    @staticmethod
    def _passed(conn, learner_id: int) -> set[str]:
        from sqlalchemy import select

        from mlfun.db import schema

        p = schema.progress
        return set(conn.execute(select(p.c.exercise_id).where(p.c.learner_id == learner_id,
                                                              p.c.passed_at.is_not(None))).scalars())

    @staticmethod
    def _finish(job, grading, stop, zygote):
        """The verdict; a submission mlfun cannot grade still gets one, marked as mlfun's failure,
        unless the grade broke because this worker is stopping (its zygote got the signal too)."""
        from mlfun.grader.result import not_graded

        try:
            return grading.finish()
        except Exception as err:       # noqa: BLE001 - recorded, never left queued forever
            if stop.set or _stopped_by_signal(zygote):
                raise _Abandoned() from err
            return not_graded(job.exercise, job.seed, "unknown", err)


class _Unable:
    """Stands in for a grading that could not even start, so the failure is recorded like any other."""

    def __init__(self, err: Exception):
        self.err = err

    def finish(self):
        raise self.err


class _StopFlag:
    """SIGTERM/SIGINT ask the process to stop after the grade it holds."""

    def __init__(self):
        self.set = False
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)

    def _stop(self, _signum, _frame):
        self.set = True


def _require_postgres(url: str) -> None:
    if not url.startswith(("postgresql", "postgres")):
        raise MlfunError("grading workers need PostgreSQL (MLFUN_DATABASE_URL=postgresql://...)",
                         "cohort mode claims submissions with row locks and advisory locks, "
                         "which SQLite does not have")


def _where(url: str) -> str:
    from mlfun.db.store import masked_url

    return masked_url(url)
