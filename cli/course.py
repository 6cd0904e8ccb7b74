"""The course interface the commands talk to: next, submit, status, hint, history.

`LocalCourse` grades in this process and keeps progress in the local store. A remote
implementation (cohort mode) returns the same objects, so rendering and the `--json`
contract are written once.
"""
from __future__ import annotations

import getpass
import os
import secrets
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from mlfun.grader.errors import MlfunError

from .workspace import Workspace


class LockedExercise(MlfunError):
    def __init__(self, exercise_id: str, needs: list[str]):
        self.exercise_id, self.needs = exercise_id, needs
        super().__init__(f"'{exercise_id}' is locked", f"pass {', '.join(needs[:3])} first")


class MissingFile(MlfunError):
    pass


@dataclass(frozen=True)
class NextInfo:
    exercise: str | None
    topic: str | None = None
    title: str | None = None
    file: Path | None = None
    statement: str = ""
    written: bool = False           # the starter was written just now
    hints: int = 0

    def to_json(self) -> dict:
        if self.exercise is None:
            return {"exercise": None, "topic": None, "file": None, "done": True}
        return {"exercise": self.exercise, "topic": self.topic, "file": str(self.file), "title": self.title,
                "statement": self.statement, "starter_written": self.written, "hints": self.hints, "done": False}


@dataclass(frozen=True)
class Submission:
    result: object                  # grader.result.Result
    attempt: int | None
    unlocked: list = field(default_factory=list)
    file: Path | None = None

    def to_json(self) -> dict:
        data = self.result.to_json()
        if self.attempt is not None:
            data["attempt"] = self.attempt
            data["unlocked"] = list(self.unlocked)
        return data


@dataclass(frozen=True)
class ExerciseState:
    id: str
    topic: str
    title: str
    state: str
    attempts: int = 0


class LocalCourse:
    def __init__(self, workspace: Workspace, database_url: str | None = None, learner: str | None = None):
        self.workspace = workspace
        self.database_url = database_url
        self.learner_name = learner or os.environ.get("MLFUN_LEARNER") or _user()

    @cached_property
    def catalog(self):
        from mlfun.grader.catalog import Catalog

        return Catalog.load()

    @cached_property
    def store(self):
        from mlfun.db.store import Store, default_url

        return Store(self.database_url or default_url(self.workspace.root))

    @cached_property
    def learner_id(self) -> int:
        return self.store.learner(self.learner_name)

    def passed(self) -> set:
        return self.store.passed(self.learner_id)

    def file_for(self, exercise_id: str) -> Path:
        entry = self.catalog.entry(exercise_id)
        return self.workspace.file_for(entry.topic, self.catalog.exercise(exercise_id).module)

    # -- next ---------------------------------------------------------------------------

    def next(self) -> NextInfo:
        entry = self.catalog.next_open(self.passed())
        if entry is None:
            return NextInfo(None)
        return self.open_exercise(entry.id)

    def open_exercise(self, exercise_id: str) -> NextInfo:
        """Write the starter unless the learner's file exists: never overwrite their work."""
        exercise = self.catalog.exercise(exercise_id)
        path = self.file_for(exercise_id)
        written = not path.exists()
        if written:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(exercise.starter.source, encoding="utf-8")
        return NextInfo(exercise.id, exercise.topic, exercise.title, path, exercise.statement, written,
                        len(exercise.hints))

    # -- submit -------------------------------------------------------------------------

    def current(self) -> str:
        entry = self.catalog.next_open(self.passed())
        if entry is None:
            raise MlfunError("every exercise is passed: there is nothing to submit",
                             "name one to submit again: mlfun submit ID")
        return entry.id

    def submit(self, exercise_id: str | None = None, file: Path | None = None) -> Submission:
        exercise_id = exercise_id or self.current()
        self.catalog.entry(exercise_id)                 # unknown id: a clear error first
        before = self.passed()
        needs = self.catalog.blockers(exercise_id, before) if exercise_id not in before else []
        if needs:
            raise LockedExercise(exercise_id, needs)
        path = Path(file) if file else self.file_for(exercise_id)
        source = _read(path, exercise_id)
        from mlfun.grader.grade import grade

        result = grade(self.catalog.exercise(exercise_id), source, secrets.randbelow(2 ** 31))
        attempt = self.store.record(self.learner_id, result, source.decode("utf-8", errors="replace"))
        after = before | {exercise_id} if result.passed else before
        return Submission(result, attempt, self.catalog.newly_opened(before, after), path)

    # -- status, hints, history ---------------------------------------------------------

    def status(self) -> list[ExerciseState]:
        progress = self.store.progress(self.learner_id)
        passed = {e for e, p in progress.items() if p.passed_at is not None}
        states = self.catalog.states(passed)
        return [ExerciseState(e.id, e.topic, e.title, states[e.id], progress[e.id].attempts if e.id in progress else 0)
                for e in self.catalog.entries]


def _read(path: Path, exercise_id: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise MissingFile(f"there is no file at {path}",
                          f"run `mlfun next` to get the starter for {exercise_id}, or pass --file PATH") from None
    except OSError as err:
        raise MissingFile(f"cannot read {path}: {err.strerror}") from None


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "learner"
