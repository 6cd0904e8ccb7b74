"""The schema, as SQLAlchemy 2.x typed models. Changes go through an Alembic migration.

Learners and cohorts are here from the start: a local learner is simply a learner with no
cohort. Every attempt is kept whole (source, seed, content hash, per-check results,
diagnosis), so any grade can be explained or replayed later. `progress` is derived from
the attempts and updated in the same transaction, so `status` stays one small query
however many attempts there are.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Cohort(Base):
    __tablename__ = "cohort"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    join_token_hash: Mapped[str | None] = mapped_column(String(128))
    instructor_token_hash: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Learner(Base):
    __tablename__ = "learner"
    __table_args__ = (UniqueConstraint("cohort_id", "name", name="uq_learner_cohort_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id"), index=True)
    token_hash: Mapped[str | None] = mapped_column(String(128), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Attempt(Base):
    __tablename__ = "attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    exercise_id: Mapped[str] = mapped_column(String(100), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(Text)
    seed: Mapped[int] = mapped_column(BigInteger)
    passed: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float] = mapped_column(Float)
    checks: Mapped[list] = mapped_column(JSON)
    diagnosis: Mapped[list] = mapped_column(JSON)
    failure: Mapped[str | None] = mapped_column(Text)
    duration: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)


class Progress(Base):
    __tablename__ = "progress"

    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), primary_key=True)
    exercise_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    hints_taken: Mapped[int] = mapped_column(Integer, default=0)
    passed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    first_pass_attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempt.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
