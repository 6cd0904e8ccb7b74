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
from datetime import datetime
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
    deadline: datetime | None = None    # a cohort's deadline for this exercise (timezone-aware)


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
        return {e for e, p in self.progress().items() if p.passed_at is not None}

    def progress(self) -> dict:
        """The learner's progress rows: read with the standard library when the local SQLite
        file can answer (db/glance.py says why), else through the store."""
        path = self._sqlite_path()
        if path is not None:
            from mlfun.db import glance

            found = glance.progress(path, self.learner_name)
            if found is not None:
                return found
        return self.store.progress(self.learner_id)

    def _sqlite_path(self) -> Path | None:
        url = self.database_url or os.environ.get("MLFUN_DATABASE_URL")
        if url is None:
            return self.workspace.state_dir / "progress.db"
        return Path(url[len("sqlite:///"):]) if url.startswith("sqlite:///") else None

    @property
    def topics(self) -> dict:
        return self.catalog.topics

    @property
    def load_errors(self) -> list[str]:
        """Exercise files that did not load, one line each: a learner must not lose one silently."""
        return [e.with_hint() for e in self.catalog.errors]

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

    def submit(self, exercise_id: str | None = None, file: Path | None = None, launcher=None,
               progress=None) -> Submission:
        """Grade and record. The sandbox boots while the store is opened and prerequisites checked.
        (`progress` is for a remote course's queue; a local grade has nothing to report.)"""
        from mlfun.grader.grade import Grading

        if exercise_id is None:
            exercise_id = self.current()
        path = Path(file) if file else self.file_for(exercise_id)     # an unknown id fails here, clearly
        try:
            source = _read(path, exercise_id)
        except MissingFile:
            self.check_open(exercise_id, self.passed())                 # "locked" explains more
            raise
        grading = Grading(self.catalog.exercise(exercise_id), source, secrets.randbelow(2 ** 31),
                          launcher=launcher).start()
        try:
            before = self.passed()
            self.check_open(exercise_id, before)
        except BaseException:
            grading.cancel()
            raise
        text = source.decode("utf-8", errors="replace")
        try:
            result = grading.finish()
        except Exception as err:
            self._record_grader_failure(exercise_id, text, grading, err)
            raise
        attempt = self.store.record(self.learner_id, result, text)
        after = before | {exercise_id} if result.passed else before
        return Submission(result, attempt, self.catalog.newly_opened(before, after), path)

    def _record_grader_failure(self, exercise_id: str, text: str, grading, err: Exception) -> None:
        """A grade that mlfun itself could not finish is still kept, marked as mlfun's failure."""
        from mlfun.grader.result import not_graded

        self.store.record(self.learner_id, not_graded(exercise_id, grading.seed, grading.exercise.content_hash, err),
                          text)

    def check_open(self, exercise_id: str, passed: set) -> None:
        needs = self.catalog.blockers(exercise_id, passed) if exercise_id not in passed else []
        if needs:
            raise LockedExercise(exercise_id, needs)

    # -- status, hints, history ---------------------------------------------------------

    def show(self, exercise_id: str) -> dict:
        exercise = self.catalog.exercise(exercise_id)
        passed = self.passed()
        progress = self.progress().get(exercise_id)
        return {"exercise": exercise.id, "title": exercise.title, "topic": exercise.topic,
                "state": self.catalog.state(exercise_id, passed), "file": str(self.file_for(exercise_id)),
                "statement": exercise.statement, "blockers": self.catalog.blockers(exercise_id, passed),
                "attempts": progress.attempts if progress else 0,
                "hints_taken": progress.hints_taken if progress else 0, "hints_total": len(exercise.hints)}

    def hint(self, exercise_id: str | None = None) -> dict:
        """Reveal one more hint (recorded), and return every hint revealed so far."""
        exercise_id = exercise_id or self.current()
        exercise = self.catalog.exercise(exercise_id)
        self.check_open(exercise_id, self.passed())
        taken = self.store.take_hint(self.learner_id, exercise_id, len(exercise.hints))
        return {"exercise": exercise_id, "taken": taken, "total": len(exercise.hints),
                "hints": list(exercise.hints[:taken])}

    def history(self, exercise_id: str | None = None, limit: int = 20) -> list:
        if exercise_id:
            self.catalog.entry(exercise_id)
        return self.store.history(self.learner_id, exercise_id, limit)

    def reset(self, exercise_id: str) -> Path | None:
        """Write the starter again; the learner's file is first copied to .mlfun/backups/."""
        return self.workspace.restore_starter(self.file_for(exercise_id),
                                              self.catalog.exercise(exercise_id).starter.source, exercise_id)

    def status(self) -> list[ExerciseState]:
        progress = self.progress()
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
