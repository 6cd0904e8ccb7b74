"""The progress store, on real SQLite files: transactions, concurrency, upgrades."""
from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys

import pytest

from mlfun.db.store import HEAD_REVISION, Store, StoreError
from mlfun.grader.result import CheckResult, Diagnosis, Result


def result(exercise="softmax", passed=False, seed=1) -> Result:
    return Result(exercise, passed, (CheckResult("values", passed, "msg"),),
                  () if passed else (Diagnosis("no-max-shift", "hint"),), seed, "abc123", 0.1)


def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'progress.db'}"


def test_record_keeps_every_attempt_and_derives_progress(tmp_path):
    store = Store(url(tmp_path))
    me = store.learner("ann")
    first = store.record(me, result(passed=False), "def softmax(x): ...")
    second = store.record(me, result(passed=True, seed=7), "def softmax(x): return x")
    store.record(me, result(passed=False), "broken again")
    assert store.passed(me) == {"softmax"}
    progress = store.progress(me)["softmax"]
    assert progress.attempts == 3 and progress.passed_at is not None
    history = store.history(me, "softmax")
    assert [a.id for a in history] == [second + 1, second, first]
    kept = store.attempt(second)
    assert kept.source == "def softmax(x): return x" and kept.seed == 7 and kept.passed
    assert kept.checks == [{"name": "values", "passed": True, "message": "msg"}]


def test_passing_stays_passed_after_a_later_failure(tmp_path):
    store = Store(url(tmp_path))
    me = store.learner("ann")
    store.record(me, result(passed=True), "ok")
    store.record(me, result(passed=False), "worse")
    assert store.passed(me) == {"softmax"}


def test_learners_are_separate(tmp_path):
    store = Store(url(tmp_path))
    ann, bob = store.learner("ann"), store.learner("bob")
    store.record(ann, result(passed=True), "x")
    assert store.learner("ann") == ann and store.passed(bob) == set()


def test_hints_are_counted_and_capped(tmp_path):
    store = Store(url(tmp_path))
    me = store.learner("ann")
    assert [store.take_hint(me, "softmax", 2) for _ in range(3)] == [1, 2, 2]


def test_schema_is_created_by_the_first_migration(tmp_path):
    Store(url(tmp_path))
    db = sqlite3.connect(tmp_path / "progress.db")
    assert db.execute("select version_num from alembic_version").fetchone()[0] == HEAD_REVISION
    tables = {r[0] for r in db.execute("select name from sqlite_master where type='table'")}
    assert {"cohort", "learner", "attempt", "progress"} <= tables
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_head_revision_matches_the_newest_migration():
    from alembic.script import ScriptDirectory
    from alembic.config import Config

    from mlfun.db.store import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_opening_an_up_to_date_store_does_not_import_alembic(tmp_path):
    Store(url(tmp_path))
    code = ("import sys; from mlfun.db.store import Store; Store(sys.argv[1]); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, url(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_database_from_a_newer_mlfun_is_refused(tmp_path):
    Store(url(tmp_path))
    db = sqlite3.connect(tmp_path / "progress.db")
    db.execute("update alembic_version set version_num = '9999'")
    db.commit()
    with pytest.raises(StoreError, match="newer mlfun"):
        Store(url(tmp_path))


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    (tmp_path / "progress.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot use the progress database"):
        Store(url(tmp_path))


def _submit_many(args):
    database, learner, count = args
    store = Store(database)
    me = store.learner(learner)
    for i in range(count):
        store.record(me, result(passed=i == count - 1, seed=i), f"attempt {i}")
    return count


def test_concurrent_submits_lose_nothing(tmp_path):
    """Four processes submitting at once to a new database: every attempt is kept."""
    database = url(tmp_path)
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        done = pool.map(_submit_many, [(database, name, 25) for name in ("a", "b", "a", "c")])
    store = Store(database)
    assert sum(done) == store.count_attempts() == 100
    assert store.progress(store.learner("a"))["softmax"].attempts == 50
    assert sqlite3.connect(tmp_path / "progress.db").execute("pragma integrity_check").fetchone()[0] == "ok"


def test_migrations_produce_exactly_the_declared_schema(tmp_path):
    """schema.py (what the store uses) and the Alembic migrations (what databases get) agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mlfun.db.schema import metadata

    store = Store(url(tmp_path))
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_the_typed_orm_models_map_the_same_tables(tmp_path):
    from sqlalchemy.orm import Session

    from mlfun.db.models import Attempt, Learner

    store = Store(url(tmp_path))
    me = store.learner("ann")
    store.record(me, result(passed=True), "src")
    with Session(store.engine) as session:
        attempt = session.query(Attempt).one()
        assert session.get(Learner, me).name == "ann" and attempt.passed and attempt.source == "src"


def test_status_queries_need_no_orm(tmp_path):
    code = ("import sys; from mlfun.db.store import Store; s = Store(sys.argv[1]); s.progress(s.learner('a')); "
            "print('sqlalchemy.orm' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, url(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_first_schema_database_upgrades_keeping_every_attempt(tmp_path):
    """A learner's progress.db from before cohort mode (revision 0001) opens with this mlfun:
    it is migrated in place, and their attempts and progress are all still there."""
    from sqlalchemy import create_engine

    from mlfun.db.store import upgrade

    engine = create_engine(url(tmp_path))
    upgrade(engine, "0001")
    engine.dispose()
    db = sqlite3.connect(tmp_path / "progress.db")
    db.execute("insert into learner (id, name, created_at) values (1, 'ann', '2026-11-01 10:00:00')")
    db.execute("insert into attempt (id, learner_id, exercise_id, content_hash, source, seed, passed, score, checks,"
               " diagnosis, duration, created_at) values (1, 1, 'softmax', 'h', 'src', 7, 1, 1.0, '[]', '[]', 0.1,"
               " '2026-11-01 10:01:00')")
    db.execute("insert into progress (learner_id, exercise_id, attempts, hints_taken, passed_at,"
               " first_pass_attempt_id, updated_at) values (1, 'softmax', 1, 2, '2026-11-01 10:01:00', 1,"
               " '2026-11-01 10:01:00')")
    db.commit()
    db.close()

    store = Store(url(tmp_path))
    assert store.passed(store.learner("ann")) == {"softmax"}
    assert store.progress(1)["softmax"].hints_taken == 2
    assert [a.source for a in store.history(1)] == [None] and store.attempt(1).source == "src"
    store.record(1, result("log-softmax", passed=True), "new")         # and it goes on working
    db = sqlite3.connect(tmp_path / "progress.db")
    assert db.execute("select version_num from alembic_version").fetchone()[0] == HEAD_REVISION
    assert db.execute("select count(*) from attempt").fetchone()[0] == 2
    assert {r[1] for r in db.execute("pragma table_info(attempt)")} >= {"submission_id", "graded"}
    assert db.execute("select graded from attempt where id = 1").fetchone() == (1,)   # old grades count


def test_the_standard_library_glance_reads_what_the_store_reads(tmp_path):
    from mlfun.db import glance

    store = Store(url(tmp_path))
    ann, bob = store.learner("ann"), store.learner("bob")
    store.record(ann, result("softmax", passed=False), "a")
    store.record(ann, result("softmax", passed=True), "b")
    store.record(ann, result("log-softmax", passed=False), "c")
    store.take_hint(ann, "log-softmax", 3)
    store.record(bob, result("matmul", passed=True), "d")
    path = tmp_path / "progress.db"
    assert glance.progress(path, "ann") == store.progress(ann)
    assert glance.progress(path, "bob") == store.progress(bob)
    assert glance.progress(path, "nobody-yet") is None                 # the store creates learners
    assert glance.progress(tmp_path / "missing.db", "ann") is None
    db = sqlite3.connect(path)
    db.execute("update alembic_version set version_num = '0001'")
    db.commit()
    assert glance.progress(path, "ann") is None                        # the store migrates


def test_status_on_an_existing_workspace_does_not_import_sqlalchemy(tmp_path):
    """The command a learner runs most skips SQLAlchemy's ~220 ms import when it only reads."""
    workspace = tmp_path / "ws"
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("MLFUN_")}
    env.update(MLFUN_WORKSPACE=str(workspace), MLFUN_LEARNER="ann")
    code = ("import sys, json; from mlfun.cli.main import main\n"
            "try:\n    main(['status', '--json'])\nexcept SystemExit:\n    pass\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('sqlalchemy'))[:3]))")
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert '"sqlalchemy' in first.stdout.splitlines()[-1]              # a new workspace: the store makes it
    again = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert again.stdout.splitlines()[-1] == "[]"
    assert '"state": "open"' in again.stdout


def test_an_attempt_mlfun_could_not_grade_is_kept_but_not_counted(tmp_path):
    """A broken install must not cost the learner an attempt: the attempt and its source are
    kept, marked as mlfun's failure, and neither the attempts nor the state change."""
    from mlfun.grader.result import not_graded

    store = Store(url(tmp_path))
    ann = store.learner("ann")
    store.record(ann, not_graded("softmax", 5, "abc123", RuntimeError("no such exercise here")), "mine")
    assert store.progress(ann)["softmax"].attempts == 0 and store.passed(ann) == set()
    kept = store.attempt(store.history(ann)[0].id)
    assert kept.source == "mine" and "not your fault" in kept.failure and not kept.passed
    store.record(ann, result("softmax", passed=True), "mine again")
    assert store.progress(ann)["softmax"].attempts == 1 and store.passed(ann) == {"softmax"}
