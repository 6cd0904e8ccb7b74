"""The store and the queue on PostgreSQL itself: the migrations give exactly the declared
schema, concurrent first opens are serialized, and the queue hands each submission to one
worker at a time."""
from __future__ import annotations

import threading

from sqlalchemy import create_engine

from mlfun.db import queue
from mlfun.db.cohort import Cohorts
from mlfun.db.store import Store


def test_migrations_produce_exactly_the_declared_schema_on_postgres(database_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mlfun.db.schema import metadata

    store = Store(database_url)
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    store.close()


def test_concurrent_first_opens_create_the_schema_once(database_url):
    errors = []

    def open_store():
        try:
            Store(database_url).close()
        except Exception as err:      # noqa: BLE001
            errors.append(err)
    threads = [threading.Thread(target=open_store) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_two_workers_never_hold_the_same_submission(database_url):
    """Each worker gets its own submission, never two of one learner's at once; a worker that
    dies hands its submission back."""
    store = Store(database_url)
    cohorts = Cohorts(store.engine)
    tokens = cohorts.create("q")
    ada, _ = cohorts.join(tokens.join_token, "ada")
    bob, _ = cohorts.join(tokens.join_token, "bob")
    ids = [queue.enqueue(store.engine, ada.learner_id, "softmax", "x", i, 100) for i in range(2)]
    bobs = queue.enqueue(store.engine, bob.learner_id, "softmax", "x", 7, 100)
    engine = create_engine(database_url)
    first, second, third = engine.connect(), engine.connect(), engine.connect()
    try:
        first.begin(), second.begin(), third.begin()
        a, b = queue.claim(first), queue.claim(second)
        assert (a.submission_id, b.submission_id) == (ids[0], bobs)     # ada's oldest; then bob, not ada's next
        first.rollback()                                                # a worker that died
        c = queue.claim(third)
        assert c.submission_id == a.submission_id                       # handed out again
        progress = queue.progress(store.engine, ada.learner_id, ids[1])
        assert progress.state == "queued" and progress.ahead == 2       # her own first, and bob's
        assert queue.progress(store.engine, bob.learner_id, bobs).state == "grading"
    finally:
        for conn in (first, second, third):
            conn.close()
        engine.dispose()
        store.close()


def test_reports_leave_out_attempts_mlfun_could_not_grade(database_url):
    """A worker that could not grade (say, without the cohort's exercises) must not make a learner
    look as if they needed more attempts: not in attempts, not in attempts to pass."""
    from mlfun.db.store import record_attempt
    from mlfun.grader.catalog import Catalog
    from mlfun.grader.result import CheckResult, Result, not_graded

    store = Store(database_url)
    cohorts = Cohorts(store.engine)
    tokens = cohorts.create("r")
    member, _ = cohorts.join(tokens.join_token, "ada")
    passing = Result("matmul", True, (CheckResult("values", True, ""),), (), 3, "h", 0.1)
    with store.engine.begin() as conn:
        for _ in range(2):
            record_attempt(conn, member.learner_id, not_graded("matmul", 3, "unknown", OSError("broken")), "src")
        record_attempt(conn, member.learner_id, passing, "src")
    cell = cohorts.grid(member.cohort_id, Catalog.load()).cells[member.learner_id]["matmul"]
    assert (cell.state, cell.attempts, cell.attempts_to_pass) == ("passed", 1, 1)
    assert len(store.history(member.learner_id)) == 3          # nothing is lost
    store.close()


def test_attempt_numbers_test_runs_and_an_import_on_postgres(database_url):
    """Issue 19 on PostgreSQL: a database of revision 0003 has its attempts numbered per exercise by
    the upgrade; a test run is kept, unnumbered and uncounted (also in attempts to pass); an
    export imported twice into another learner adds its runs once."""
    from mlfun.db.store import upgrade
    from mlfun.db.transfer import export_lines, import_lines
    from mlfun.grader.catalog import Catalog
    from mlfun.grader.result import CheckResult, Result

    engine = create_engine(database_url)
    upgrade(engine, "0003")
    with engine.begin() as conn:
        old = conn.exec_driver_sql("insert into learner (name, created_at) values ('old', now()) returning id").scalar()
        for exercise, graded in [("softmax", True), ("matmul", True), ("softmax", False), ("softmax", True)]:
            conn.exec_driver_sql(
                "insert into attempt (learner_id, exercise_id, content_hash, source, seed, passed, score, checks,"
                " diagnosis, duration, created_at, graded) values (%s, %s, 'h', 's', 1, false, 0, '[]', '[]', 0.1,"
                " now(), %s)", (old, exercise, graded))
    engine.dispose()
    store = Store(database_url)
    assert [(a.exercise, a.number) for a in reversed(store.history(old))] == [
        ("softmax", 1), ("matmul", 1), ("softmax", None), ("softmax", 2)]

    cohorts = Cohorts(store.engine)
    member, _ = cohorts.join(cohorts.create("n").join_token, "ada")
    result = Result("matmul", False, (CheckResult("values", False, "off"),), (), 3, "h", 0.1)
    assert store.keep(member.learner_id, result, "a", "test") == (store.history(member.learner_id)[0].id, None)
    store.keep(member.learner_id, result, "b")
    assert store.keep(member.learner_id, Result("matmul", True, (), (), 4, "h", 0.1), "c")[1] == 2
    cell = cohorts.grid(member.cohort_id, Catalog.load()).cells[member.learner_id]["matmul"]
    assert (cell.state, cell.attempts, cell.attempts_to_pass) == ("passed", 2, 2)

    lines = list(export_lines(store, member.learner_id, "ada"))
    other = store.learner("bob")
    assert import_lines(store, other, lines)["added"] == 3
    assert import_lines(store, other, lines)["added"] == 0
    assert [(a.number, a.kind) for a in store.history(other)] == [(2, "submit"), (1, "submit"), (None, "test")]
    assert store.progress(other)["matmul"].attempts == 2 and store.passed(other) == {"matmul"}
    store.close()
