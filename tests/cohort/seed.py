"""A cohort of many learners written straight into the database (bulk inserts, no grader), for
the dashboard's tests and measurements at 200 learners x 66 exercises and more.

Learners work through the course in order, as real ones do: each passed a random prefix of
the exercises (1 to 4 attempts apiece, the failed ones diagnosed with one of the exercise's
real mistakes), some are failing the next one, a few many times (stuck), and some have been
away for days. Everything is drawn from one seed, so a run can be repeated.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import create_engine, insert, text

from mlfun.db import schema
from mlfun.db.cohort import Cohorts, hash_token, new_token
from mlfun.db.store import Store

NAMES = ["ada", "grace", "alan", "edsger", "barbara", "donald", "margaret", "ken", "radia", "john"]


@dataclass
class Rows:
    """What is inserted, in insert order."""
    learners: list = field(default_factory=list)
    attempts: list = field(default_factory=list)
    progress: list = field(default_factory=list)


def seed_cohort(database_url: str, catalog, learners: int = 200, name: str = "big", seed: int = 0,
                now: datetime | None = None) -> dict:
    """Create cohort `name` with `learners` learners and their attempts; returns its tokens."""
    Store(database_url).close()                           # the schema, by migration
    engine = create_engine(database_url)
    tokens = Cohorts(engine).create(name)
    with engine.begin() as conn:
        cohort_id = conn.execute(text("SELECT id FROM cohort WHERE name = :n"), {"n": name}).scalar_one()
        rows = _rows(catalog, cohort_id, learners, random.Random(seed), now or datetime.now(timezone.utc))
        conn.execute(insert(schema.learner), rows.learners)
        conn.execute(insert(schema.attempt), rows.attempts)
        conn.execute(insert(schema.progress), rows.progress)
        if engine.dialect.name == "postgresql":       # ids were given: move the sequences past them
            for table in ("learner", "attempt"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
    engine.dispose()
    return tokens.to_json()


def _rows(catalog, cohort_id: int, count: int, rng: random.Random, now: datetime) -> Rows:
    ids = [e.id for e in catalog.entries]
    mistakes = {e: [m.id for m in catalog.exercise(e).mistakes] or ["unlisted"] for e in ids}
    rows = Rows()
    for n in range(count):
        learner_id = 100_000 + n
        name = NAMES[n] if n < len(NAMES) else f"learner-{n:04d}"
        joined = now - timedelta(days=10, minutes=n)
        rows.learners.append({"id": learner_id, "name": name, "cohort_id": cohort_id,
                              "token_hash": hash_token(new_token("l")), "created_at": joined})
        away = timedelta(days=rng.choice([0, 0, 0, 1, 4, 6]), hours=rng.random() * 20)
        _learner_work(rows, learner_id, ids, mistakes, rng, joined, now - away)
    return rows


def _learner_work(rows: Rows, learner_id: int, ids: list, mistakes: dict, rng, joined: datetime, last: datetime) -> None:
    passed_count = min(len(ids), int(rng.triangular(0, len(ids), len(ids) * 0.3)))
    plan = [(e, rng.choice([1, 1, 2, 3, 4]), True) for e in ids[:passed_count]]
    if passed_count < len(ids) and rng.random() < 0.7:
        plan.append((ids[passed_count], rng.choice([1, 2, 2, 3, 5, 7, 9]), False))
    total = sum(tries for _, tries, _ in plan) or 1
    step = (last - joined) / total
    at = joined
    for exercise, tries, passes in plan:
        first_pass = None
        for number in range(1, tries + 1):
            at += step
            ok = passes and number == tries
            attempt_id = 1 + len(rows.attempts)
            first_pass = attempt_id if ok else first_pass
            diagnosis = [] if ok else [{"mistake": rng.choice(mistakes[exercise]), "hint": "seeded"}]
            rows.attempts.append({
                "id": attempt_id, "learner_id": learner_id, "exercise_id": exercise, "content_hash": "0" * 64,
                "source": f"def solution():  # {exercise}, {learner_id}, attempt {number}\n    return {number}\n",
                "seed": number, "passed": ok, "score": 1.0 if ok else 0.5, "checks": [], "diagnosis": diagnosis,
                "failure": None, "duration": 0.1, "created_at": at, "graded": True, "number": number, "kind": "submit"})
        rows.progress.append({"learner_id": learner_id, "exercise_id": exercise, "attempts": tries,
                              "hints_taken": rng.choice([0, 0, 1]), "passed_at": at if passes else None,
                              "first_pass_attempt_id": first_pass, "updated_at": at})
