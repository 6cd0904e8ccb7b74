"""Moving a learner's progress between machines: `mlfun export` and `mlfun import`.

The file is JSON Lines. The first line is a header, `{"format": "mlfun-progress",
"version": 1, ...}`; a reader refuses another format or a newer version. Then one line per
recorded run (an attempt or a test run: everything the attempt table keeps, its source
included) and one line per exercise whose hints were taken. Progress itself is not
written: it is derived from the attempts, here as in the store.

Importing is idempotent: a run is identified by (exercise, created_at, seed, content hash,
kind), and one already in the database is skipped, so importing a file twice, or into the
workspace it came from, changes nothing. Imported attempts are numbered after the ones
already there, in the order they were made; progress is recomputed from them. Portable
SQL only (SQLite and PostgreSQL).
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import func, insert, select, update

from mlfun.grader.errors import MlfunError

from . import schema

FORMAT, VERSION = "mlfun-progress", 1
FIELDS = ("exercise_id", "content_hash", "source", "seed", "passed", "score", "checks", "diagnosis", "failure",
          "duration", "graded", "kind")


def export_lines(store, learner_id: int, learner_name: str):
    """The header, then every run oldest first, then hints taken: one JSON text per line."""
    a, p = schema.attempt, schema.progress
    yield json.dumps({"format": FORMAT, "version": VERSION, "learner": learner_name,
                      "exported_at": datetime.now(timezone.utc).isoformat()})
    with store.engine.connect() as conn:
        for row in conn.execute(select(a).where(a.c.learner_id == learner_id).order_by(a.c.id)).mappings():
            yield json.dumps({"type": "attempt", **{k: row[k] for k in FIELDS},
                              "created_at": _utc(row["created_at"]).isoformat()})
        for row in conn.execute(select(p.c.exercise_id, p.c.hints_taken).where(
                p.c.learner_id == learner_id, p.c.hints_taken > 0).order_by(p.c.exercise_id)):
            yield json.dumps({"type": "hints", "exercise_id": row.exercise_id, "hints_taken": row.hints_taken})


def import_lines(store, learner_id: int, lines) -> dict:
    """Add what an export holds; returns counts, and each exercise's latest source ("latest")."""
    records = [json.loads(line) for line in lines if line.strip()]
    if not records or records[0].get("format") != FORMAT:
        raise MlfunError("this is not an mlfun export (its first line must be the mlfun-progress header)",
                         "make the file with mlfun export")
    if records[0].get("version", 0) > VERSION:
        raise MlfunError(f"this export is from a newer mlfun (format version {records[0]['version']})",
                         "upgrade mlfun: pip install -U mlfun")
    added, skipped, latest, touched = 0, 0, {}, set()
    with store.engine.begin() as conn:
        for record in records[1:]:
            if record.get("type") == "hints":
                _hints(conn, learner_id, record["exercise_id"], record["hints_taken"])
                continue
            if record.get("type") != "attempt":
                continue
            created = datetime.fromisoformat(record["created_at"])
            latest[record["exercise_id"]] = record["source"]
            if _present(conn, learner_id, record, created):
                skipped += 1
                continue
            conn.execute(insert(schema.attempt).values(learner_id=learner_id, created_at=created,
                                                       **{k: record[k] for k in FIELDS}))
            touched.add(record["exercise_id"])
            added += 1
        for exercise in sorted(touched):
            _renumber(conn, learner_id, exercise)
            _derive_progress(conn, learner_id, exercise)
    return {"added": added, "skipped": skipped, "latest": latest}


def _utc(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes (stored in UTC); PostgreSQL aware ones."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def _present(conn, learner_id: int, record: dict, created: datetime) -> bool:
    a = schema.attempt
    rows = conn.execute(select(a.c.created_at).where(
        a.c.learner_id == learner_id, a.c.exercise_id == record["exercise_id"], a.c.seed == record["seed"],
        a.c.content_hash == record["content_hash"], a.c.kind == record["kind"]))
    return any(_utc(r.created_at) == _utc(created) for r in rows)


def _renumber(conn, learner_id: int, exercise: str) -> None:
    """Number the counted attempts at one exercise 1, 2, ... in the order they were made."""
    a = schema.attempt
    rows = conn.execute(select(a.c.id).where(a.c.learner_id == learner_id, a.c.exercise_id == exercise,
                                             a.c.kind == "submit", a.c.graded.is_(True))
                        .order_by(a.c.created_at, a.c.id)).scalars().all()
    for number, attempt_id in enumerate(rows, 1):
        conn.execute(update(a).where(a.c.id == attempt_id).values(number=number))


def _derive_progress(conn, learner_id: int, exercise: str) -> None:
    from .store import _now, _upsert

    a = schema.attempt
    counted = (a.c.learner_id == learner_id) & (a.c.exercise_id == exercise) & (a.c.kind == "submit") \
        & a.c.graded.is_(True)
    attempts = conn.execute(select(func.count()).where(counted)).scalar_one()
    first = conn.execute(select(a.c.id, a.c.created_at).where(counted, a.c.passed.is_(True))
                         .order_by(a.c.created_at, a.c.id).limit(1)).first()
    values = dict(attempts=attempts, passed_at=first.created_at if first else None,
                  first_pass_attempt_id=first.id if first else None)
    _upsert(conn, learner_id, exercise, values, dict(values, updated_at=_now()))


def _hints(conn, learner_id: int, exercise: str, taken: int) -> None:
    from .store import _now, _upsert

    p = schema.progress
    current = conn.execute(select(p.c.hints_taken).where(p.c.learner_id == learner_id,
                                                         p.c.exercise_id == exercise)).scalar()
    if current is None:
        _upsert(conn, learner_id, exercise, dict(attempts=0, hints_taken=taken), dict(hints_taken=taken))
    elif taken > current:
        conn.execute(update(p).where(p.c.learner_id == learner_id, p.c.exercise_id == exercise)
                     .values(hints_taken=taken, updated_at=_now()))
