"""What the store hands back, as plain frozen records, and the schema revision this mlfun
expects: importable without SQLAlchemy (glance.py reads SQLite with the standard library)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

HEAD_REVISION = "0003"           # the newest migration in migrations/versions (a test keeps them equal)


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


@dataclass(frozen=True)
class ProgressRecord:
    exercise: str
    attempts: int
    hints_taken: int
    passed_at: datetime | None
