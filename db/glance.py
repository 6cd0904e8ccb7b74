"""A read-only glance at a local progress database with the standard library's sqlite3.

`mlfun status`, `list` and `next` only read one learner's progress rows, and they are the
commands a learner runs most; importing SQLAlchemy alone costs them ~220 ms of ~300. So on
the default SQLite file, when it exists, is at this mlfun's schema and knows the learner,
they read it here. Anything else (no file yet, an older schema, another database, a new
learner, any write) goes through Store, which creates and migrates. A test keeps the two
readings equal.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from .records import HEAD_REVISION, ProgressRecord


def progress(path: Path, learner: str) -> dict[str, ProgressRecord] | None:
    """The learner's progress, or None when only the full store can answer."""
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return None
    try:
        if db.execute("SELECT version_num FROM alembic_version").fetchone() != (HEAD_REVISION,):
            return None
        found = db.execute("SELECT id FROM learner WHERE name = ? AND cohort_id IS NULL ORDER BY id LIMIT 1",
                           (learner,)).fetchone()
        if found is None:
            return None
        rows = db.execute("SELECT exercise_id, attempts, hints_taken, passed_at FROM progress WHERE learner_id = ?",
                          found)
        return {e: ProgressRecord(e, a, h, _when(p)) for e, a, h, p in rows}
    except sqlite3.Error:
        return None
    finally:
        db.close()


def _when(text: str | None) -> datetime | None:
    """SQLAlchemy stores SQLite datetimes as ISO text; read them back the same way."""
    return datetime.fromisoformat(text) if text else None
