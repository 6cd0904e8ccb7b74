"""What the store hands back, as plain frozen records, and the schema revision this mlfun
expects: importable without SQLAlchemy (glance.py reads SQLite with the standard library)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

HEAD_REVISION = "0006"           # the newest migration in migrations/versions (a test keeps them equal)


@dataclass(frozen=True)
class AttemptRecord:
    id: int
    exercise: str
    passed: bool
    score: float
    seed: int
    content_hash: str
    created_at: datetime
    duration: float
    checks: list
    diagnosis: list
    failure: str | None
    source: str | None = None
    number: int | None = None       # per exercise; None for a test run or a grade mlfun could not finish
    kind: str = "submit"            # or "test": a run that is not an attempt


@dataclass(frozen=True)
class ProgressRecord:
    exercise: str
    attempts: int
    hints_taken: int
    passed_at: datetime | None
