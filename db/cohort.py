"""Cohorts: creating one, joining it, who may do what (tokens), which exercises it has, and
what an instructor sees of it (roster, grid, per-exercise figures, the CSV export).

One module for the CLI (`mlfun cohort ...`) and the server alike, so the terminal roster,
the CSV and the dashboard can never disagree.

Tokens are 192 random bits, shown once and stored only as their SHA-256: a leaked
database holds no usable token, and a fast hash is enough because nobody can guess a
192-bit random value (a slow password hash protects low-entropy secrets, which these are not).
"""
from __future__ import annotations

import hashlib
import secrets
import statistics
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from mlfun.grader.errors import MlfunError

from . import analytics, schema


class CohortError(MlfunError):
    """A cohort operation that cannot be done as asked (unknown name, taken name, bad token)."""


class JoinsLimited(CohortError):
    """Too many learners joined one cohort in a short time."""


@dataclass(frozen=True)
class CohortTokens:
    cohort: str
    join_token: str
    instructor_token: str

    def to_json(self) -> dict:
        return {"cohort": self.cohort, "join_token": self.join_token, "instructor_token": self.instructor_token}


@dataclass(frozen=True)
class Member:
    """A learner as the server knows them after their token was checked."""
    learner_id: int
    name: str
    cohort_id: int
    cohort: str


@dataclass(frozen=True)
class Cell:
    """One learner on one exercise: what the grid, the roster and the CSV show."""
    state: str                  # passed, failing (tried, not passed yet), open, locked
    attempts: int = 0
    hints_taken: int = 0
    first_passed_at: datetime | None = None
    attempts_to_pass: int | None = None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(kind: str) -> str:
    """A token whose prefix says what it is (j: join, i: instructor, l: learner)."""
    return f"mlfun-{kind}-{secrets.token_urlsafe(24)}"


def _spaced(name: str) -> str:
    """A learner's name as it is stored: single spaces, none at the ends."""
    return " ".join(name.split())


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Cohorts:
    def __init__(self, engine):
        self.engine = engine

    # -- administration ---------------------------------------------------------------

    def create(self, name: str, reveal_expected: bool = False) -> CohortTokens:
        """A new cohort; `reveal_expected`: its learners see hidden cases' expected values."""
        name = name.strip()
        if not name or len(name) > 200:
            raise CohortError("a cohort needs a name of 1 to 200 characters")
        join, instructor = new_token("j"), new_token("i")
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(schema.cohort).values(name=name, join_token_hash=hash_token(join),
                                                          instructor_token_hash=hash_token(instructor),
                                                          created_at=_now(), reveal_expected=reveal_expected))
        except IntegrityError:
            raise CohortError(f"there is already a cohort named '{name}'",
                              "choose another name, or use the existing cohort") from None
        return CohortTokens(name, join, instructor)

    def find(self, name: str):
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.cohort).where(schema.cohort.c.name == name)).first()
        if row is None:
            raise CohortError(f"there is no cohort named '{name}'", "create it: mlfun cohort create NAME")
        return row

    def set_reveal_expected(self, cohort_id: int, reveal: bool) -> None:
        """Whether the cohort's verdicts quote hidden cases' expected values from now on (the
        workers see the change within their COHORT_TTL); verdicts already given stay as they are."""
        with self.engine.begin() as conn:
            conn.execute(schema.cohort.update().where(schema.cohort.c.id == cohort_id)
                         .values(reveal_expected=reveal))

    def names(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(schema.cohort.c.name).order_by(schema.cohort.c.name)).scalars())

    def set_exercises(self, cohort_id: int, exercises: dict[str, datetime | None]) -> None:
        """Give the cohort exactly these exercises (id -> deadline or None); empty means all of them."""
        with self.engine.begin() as conn:
            conn.execute(delete(schema.cohort_exercise).where(schema.cohort_exercise.c.cohort_id == cohort_id))
            if exercises:
                conn.execute(insert(schema.cohort_exercise), [
                    {"cohort_id": cohort_id, "exercise_id": e, "deadline": d} for e, d in exercises.items()])

    def exercises(self, cohort_id: int) -> dict[str, datetime | None]:
        """The cohort's exercises and deadlines; {} means every exercise of the course, no deadlines."""
        table = schema.cohort_exercise
        with self.engine.connect() as conn:
            rows = conn.execute(select(table.c.exercise_id, table.c.deadline).where(table.c.cohort_id == cohort_id))
            return {r.exercise_id: r.deadline for r in rows}

    # -- tokens -----------------------------------------------------------------------

    def join(self, join_token: str, name: str, per_minute: int | None = None) -> tuple[Member, str]:
        """A learner joins with the cohort's join token; returns them and their own new token.
        At most `per_minute` joins a minute per cohort: a leaked join token cannot mint
        hundreds of learners (each with their own submission limit) at once. The cohort's row
        is locked while counting, so concurrent joins count one another."""
        name = _spaced(name)
        if not name or len(name) > 200:
            raise CohortError("your name must be 1 to 200 characters")
        with self.engine.begin() as conn:
            cohort = conn.execute(select(schema.cohort.c.id, schema.cohort.c.name).where(
                schema.cohort.c.join_token_hash == hash_token(join_token)).with_for_update()).first()
            if cohort is None:
                raise CohortError("this join token is not valid", "ask your instructor for the cohort's join token")
            if per_minute is not None and self._recent_joins(conn, cohort.id) >= per_minute:
                raise JoinsLimited(f"{cohort.name} has had {per_minute} joins in the last minute, its limit",
                                   "wait a minute, then join again")
            token = new_token("l")
            try:
                with conn.begin_nested():
                    learner_id = conn.execute(insert(schema.learner).values(
                        name=name, cohort_id=cohort.id, token_hash=hash_token(token), created_at=_now())
                        .returning(schema.learner.c.id)).scalar_one()
            except IntegrityError:
                raise CohortError(f"someone named '{name}' has already joined {cohort.name}",
                                  "log in with another name, or ask your instructor") from None
        return Member(learner_id, name, cohort.id, cohort.name), token

    @staticmethod
    def _recent_joins(conn, cohort_id: int) -> int:
        learner = schema.learner
        return conn.execute(select(func.count()).select_from(learner).where(
            learner.c.cohort_id == cohort_id, learner.c.created_at > _now() - timedelta(minutes=1))).scalar_one()

    def reissue(self, cohort_id: int, name: str) -> str:
        """A new personal token for a learner of this cohort (a new machine, a lost login); their
        old token stops working (on a running server, within its TOKEN_TTL), and everything
        they did stays theirs."""
        token = new_token("l")
        learner = schema.learner
        with self.engine.begin() as conn:
            changed = conn.execute(learner.update().where(learner.c.cohort_id == cohort_id,
                                                          learner.c.name == _spaced(name))
                                   .values(token_hash=hash_token(token))).rowcount
        if changed != 1:
            raise CohortError(f"no learner named '{name}' in this cohort", "see the names: mlfun cohort roster NAME")
        return token

    def member(self, token: str) -> Member | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.learner.c.id, schema.learner.c.name, schema.cohort.c.id.label("cid"),
                                      schema.cohort.c.name.label("cohort"))
                               .join(schema.cohort, schema.cohort.c.id == schema.learner.c.cohort_id)
                               .where(schema.learner.c.token_hash == hash_token(token))).first()
        return Member(row.id, row.name, row.cid, row.cohort) if row else None

    def for_instructor(self, token: str):
        with self.engine.connect() as conn:
            return conn.execute(select(schema.cohort).where(
                schema.cohort.c.instructor_token_hash == hash_token(token))).first()

    # -- what the instructor sees -------------------------------------------------------

    def learners(self, cohort_id: int) -> list:
        with self.engine.connect() as conn:
            return list(conn.execute(select(schema.learner.c.id, schema.learner.c.name, schema.learner.c.created_at)
                                     .where(schema.learner.c.cohort_id == cohort_id).order_by(schema.learner.c.name)))

    def grid(self, cohort_id: int, catalog) -> "Grid":
        """Every learner x every exercise of the cohort, with states from the prerequisite DAG."""
        learners = self.learners(cohort_id)
        chosen = self.exercises(cohort_id)
        ids = [e.id for e in catalog.entries if not chosen or e.id in chosen]
        outside = {e.id for e in catalog.entries} - set(ids)      # prerequisites the cohort does not have
        rows = self._progress(cohort_id)
        cells, known = {}, {}
        for learner in learners:
            mine = rows.get(learner.id, {})
            passed = frozenset(e for e, r in mine.items() if r.passed_at is not None)
            if passed not in known:           # most learners share a few passed sets: ~1 ms each saved
                known[passed] = catalog.states(passed | outside)
            cells[learner.id] = {e: _cell(known[passed][e], mine.get(e)) for e in ids}
        return Grid(learners, ids, chosen, cells, self._mistakes(cohort_id),
                    analytics.activity(self.engine, cohort_id))

    def _progress(self, cohort_id: int) -> dict:
        p, a = schema.progress, schema.attempt
        to_pass = select(a.c.number).where(a.c.id == p.c.first_pass_attempt_id).scalar_subquery()
        query = (select(p.c.learner_id, p.c.exercise_id, p.c.attempts, p.c.hints_taken, p.c.passed_at,
                        to_pass.label("to_pass"))
                 .join(schema.learner, schema.learner.c.id == p.c.learner_id)
                 .where(schema.learner.c.cohort_id == cohort_id))
        rows: dict = {}
        with self.engine.connect() as conn:
            for r in conn.execute(query):
                rows.setdefault(r.learner_id, {})[r.exercise_id] = r
        return rows

    def _mistakes(self, cohort_id: int) -> dict[str, dict[str, int]]:
        """exercise -> mistake -> how many learners had an attempt diagnosed with it (counted in SQL)."""
        return analytics.mistake_counts(self.engine, cohort_id)

    def attempts(self, learner_id: int, limit: int = 200) -> list:
        a = schema.attempt
        with self.engine.connect() as conn:
            return list(conn.execute(select(a).where(a.c.learner_id == learner_id)
                                     .order_by(a.c.id.desc()).limit(limit)).mappings())

    def learner_in(self, cohort_id: int, learner_id: int):
        with self.engine.connect() as conn:
            return conn.execute(select(schema.learner).where(and_(
                schema.learner.c.id == learner_id, schema.learner.c.cohort_id == cohort_id))).first()


_UNTOUCHED = {state: Cell(state) for state in ("passed", "failing", "open", "locked")}   # shared: most cells


def _cell(state: str, row) -> Cell:
    if row is None:
        return _UNTOUCHED[state]
    if row.attempts == 0 and row.passed_at is None:
        return Cell(state, 0, row.hints_taken if row else 0)
    return Cell("passed" if row.passed_at else "failing", row.attempts, row.hints_taken, row.passed_at,
                row.to_pass if row.passed_at else None)


@dataclass(frozen=True)
class Grid:
    learners: list
    exercises: list[str]
    deadlines: dict
    cells: dict                          # learner id -> exercise -> Cell
    mistakes: dict                       # exercise -> mistake -> learners diagnosed with it
    activity: dict = field(default_factory=dict)     # learner id -> analytics.Activity

    def exercise_summary(self, exercise: str) -> dict:
        """Pass rate among the learners who reached the exercise (attempted it, or have it open:
        those still locked out of it say nothing about it), median attempts to pass, and how
        many learners made each diagnosed mistake."""
        cells = [self.cells[learner.id][exercise] for learner in self.learners]
        passed = [c for c in cells if c.state == "passed"]
        reached = sum(c.attempts > 0 or c.state != "locked" for c in cells)
        to_pass = [c.attempts_to_pass for c in passed if c.attempts_to_pass]
        mistakes = sorted(self.mistakes.get(exercise, {}).items(),
                          key=lambda item: (-item[1], item[0]))
        return {"exercise": exercise, "learners": len(cells), "reached": reached, "passed": len(passed),
                "tried": sum(c.attempts > 0 for c in cells),
                "pass_rate": round(len(passed) / reached, 4) if reached else 0.0,
                "median_attempts_to_pass": statistics.median(to_pass) if to_pass else None,
                "mistakes": [{"mistake": m, "learners": n} for m, n in mistakes]}

    def roster(self, now: datetime | None = None) -> list[dict]:
        """One row per learner: progress, last activity (an attempt or a hint), what they last
        attempted (their latest attempt, not the first open exercise) and whether they are stuck."""
        now = now or _now()
        return [self._roster_row(learner, now) for learner in self.learners]

    def _roster_row(self, learner, now: datetime) -> dict:
        mine = self.cells[learner.id]
        done = self.activity.get(learner.id) or analytics.Activity(None, None)
        last = mine.get(done.last_attempted)
        row = {"learner": learner.name, "id": learner.id,
               "passed": sum(c.state == "passed" for c in mine.values()), "of": len(self.exercises),
               "attempts": sum(c.attempts for c in mine.values()), "hints_taken": sum(c.hints_taken for c in mine.values()),
               "current": next((e for e, c in mine.items() if c.state in ("failing", "open")), None),
               "last_activity": done.last_activity.isoformat() if done.last_activity else None,
               "last_attempted": done.last_attempted,
               "attempts_without_pass": last.attempts if last is not None and last.state == "failing" else 0}
        why = analytics.stuck(row, done.last_activity, getattr(learner, "created_at", None), now)
        return row | {"stuck_kind": why[0] if why else None, "stuck": why[1] if why else None}

    def export_rows(self) -> list[dict]:
        """One row per learner and exercise, for the CSV export."""
        rows = []
        for learner in self.learners:
            for exercise in self.exercises:
                c = self.cells[learner.id][exercise]
                deadline = self.deadlines.get(exercise)
                rows.append({"learner": _cell_text(learner.name), "exercise": exercise, "state": c.state,
                             "attempts": c.attempts, "attempts_to_pass": c.attempts_to_pass or "",
                             "first_passed_at": c.first_passed_at.isoformat() if c.first_passed_at else "",
                             "hints_taken": c.hints_taken, "deadline": deadline.isoformat() if deadline else "",
                             "late": _late(c.first_passed_at, deadline)})
        return rows


EXPORT_COLUMNS = ["learner", "exercise", "state", "attempts", "attempts_to_pass", "first_passed_at",
                  "hints_taken", "deadline", "late"]


def _cell_text(text: str) -> str:
    """A learner-chosen name, made inert for spreadsheets (which run cells starting with = + - @)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _late(passed_at: datetime | None, deadline: datetime | None) -> str:
    if deadline is None:
        return ""
    deadline = deadline if deadline.tzinfo else deadline.replace(tzinfo=timezone.utc)
    if passed_at is None:
        return "yes" if _now() > deadline else ""
    passed_at = passed_at if passed_at.tzinfo else passed_at.replace(tzinfo=timezone.utc)
    return "yes" if passed_at > deadline else "no"


def to_csv(rows: list[dict]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
