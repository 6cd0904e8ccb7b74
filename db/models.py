"""Typed SQLAlchemy 2.x ORM classes over the tables of schema.py.

The store itself uses Core (faster to import); these classes are for code that prefers
objects, such as the cohort server's reports. Schema changes go through an Alembic
migration and schema.py together.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import DeclarativeBase, Mapped

from . import schema


class Base(DeclarativeBase):
    metadata = schema.metadata


class Cohort(Base):
    __table__ = schema.cohort

    id: Mapped[int]
    name: Mapped[str]
    join_token_hash: Mapped[str | None]
    instructor_token_hash: Mapped[str | None]
    created_at: Mapped[datetime]
    reveal_expected: Mapped[bool]


class Learner(Base):
    __table__ = schema.learner

    id: Mapped[int]
    name: Mapped[str]
    cohort_id: Mapped[int | None]
    token_hash: Mapped[str | None]
    created_at: Mapped[datetime]


class Attempt(Base):
    __table__ = schema.attempt

    id: Mapped[int]
    learner_id: Mapped[int]
    exercise_id: Mapped[str]
    content_hash: Mapped[str]
    source: Mapped[str]
    seed: Mapped[int]
    passed: Mapped[bool]
    score: Mapped[float]
    checks: Mapped[list]
    diagnosis: Mapped[list]
    failure: Mapped[str | None]
    duration: Mapped[float]
    created_at: Mapped[datetime]
    submission_id: Mapped[int | None]
    graded: Mapped[bool]
    number: Mapped[int | None]
    kind: Mapped[str]


class CohortExercise(Base):
    __table__ = schema.cohort_exercise

    cohort_id: Mapped[int]
    exercise_id: Mapped[str]
    deadline: Mapped[datetime | None]


class Submission(Base):
    __table__ = schema.submission

    id: Mapped[int]
    learner_id: Mapped[int]
    exercise_id: Mapped[str]
    source: Mapped[str]
    seed: Mapped[int]
    state: Mapped[str]
    unlocked: Mapped[list | None]
    created_at: Mapped[datetime]
    graded_at: Mapped[datetime | None]


class Progress(Base):
    __table__ = schema.progress

    learner_id: Mapped[int]
    exercise_id: Mapped[str]
    attempts: Mapped[int]
    hints_taken: Mapped[int]
    passed_at: Mapped[datetime | None]
    first_pass_attempt_id: Mapped[int | None]
    updated_at: Mapped[datetime]
