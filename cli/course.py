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
        super().__init__(f"'{exercise_id}' is locked", f"pass {'; '.join(needs)} first")


class Cancelled(Exception):
    """A grade abandoned because the file changed under it (watch)."""


class GradeToken:
    """Lets another thread cancel a grade in flight: `mlfun watch` on a new save."""

    def __init__(self):
        self.grading, self.cancelled = None, False

    def cancel(self) -> None:
        """Kill the grade's child; the grading thread sees it end and cleans up itself.
        (Grading.cancel() also closes the sandbox, which is the grading thread's to close.)"""
        self.cancelled = True
        sandbox = getattr(self.grading, "sandbox", None)
        handle = getattr(sandbox, "handle", None)
        if handle is not None:
            handle.kill()


@dataclass(frozen=True)
class Graded:
    """A finished grade, not yet kept: watch decides whether it is an attempt or a test run."""
    exercise: str
    path: Path
    text: str
    result: object
    score: float
    before: frozenset


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
    attempt: int | None             # the attempt's number at this exercise (1 for the first try)
    unlocked: list = field(default_factory=list)
    file: Path | None = None
    score: float | None = None      # None: the result's own (which weighs the checks: Result.score)
    test: bool = False              # a test run: recorded, not counted

    @property
    def shown_score(self) -> float:
        return self.result.score if self.score is None else self.score

    def to_json(self) -> dict:
        data = self.result.to_json()
        data["score"] = self.shown_score
        if self.test:
            data["test"] = True
        elif self.attempt is not None:
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

    def next(self, exercise_id: str | None = None) -> NextInfo:
        """The first open exercise, or `exercise_id` if it is open (or passed); a locked one says
        what opens it. Either way it becomes the one `submit` grades by default."""
        if exercise_id is not None:
            self.check_open(exercise_id, self.passed())
        else:
            entry = self.catalog.next_open(self.passed())
            if entry is None:
                return NextInfo(None)
            exercise_id = entry.id
        info = self.open_exercise(exercise_id)
        self.workspace.mark_started(exercise_id)
        return info

    def open_exercise(self, exercise_id: str) -> NextInfo:
        """Write the starter unless the learner's file exists: never overwrite their work. The
        statement is written beside it (and kept current)."""
        exercise = self.catalog.exercise(exercise_id)
        path = self.file_for(exercise_id)
        written = not path.exists()
        if written:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(exercise.starter.source, encoding="utf-8")
        self.workspace.write_statement(path, exercise.title, exercise.id, exercise.statement)
        return NextInfo(exercise.id, exercise.topic, exercise.title, path, exercise.statement, written,
                        len(exercise.hints))

    # -- submit -------------------------------------------------------------------------

    def current(self) -> str:
        entry = self.catalog.next_open(self.passed())
        if entry is None:
            raise MlfunError("every exercise is passed: there is nothing to submit",
                             "name one to submit again: mlfun submit ID")
        return entry.id

    def recent(self) -> str:
        """The exercise most recently started (`mlfun next`) or edited (its file saved), of those
        started in this workspace; before any, the first open one."""
        best, when = None, 0
        for exercise_id, started in self.workspace.started().items():
            try:
                path = self.file_for(exercise_id)
            except MlfunError:
                continue                    # an exercise no longer in the course
            edited = path.stat().st_mtime_ns if path.exists() else 0
            if max(started, edited) > when:
                best, when = exercise_id, max(started, edited)
        return best or self.current()

    def submit(self, exercise_id: str | None = None, file: Path | None = None, launcher=None,
               progress=None) -> Submission:
        """Grade and record an attempt. (`progress` is for a remote course's queue; a local
        grade has nothing to report.)"""
        return self.keep(self.grade(exercise_id, file, launcher), "submit")

    def test(self, exercise_id: str | None = None, file: Path | None = None, launcher=None) -> Submission:
        """Grade and keep a test run: shown in history, never counted, opens nothing."""
        return self.keep(self.grade(exercise_id, file, launcher), "test")

    def grade(self, exercise_id: str | None = None, file: Path | None = None, launcher=None,
              token: GradeToken | None = None) -> Graded:
        """Grade without keeping anything. The sandbox boots while the store is opened and
        prerequisites checked."""
        from mlfun.grader.grade import Grading

        exercise_id = exercise_id or self.recent()
        path = Path(file) if file else self.file_for(exercise_id)     # an unknown id fails here, clearly
        try:
            source = _read(path, exercise_id, self.progress().get(exercise_id))
        except MissingFile:
            self.check_open(exercise_id, self.passed())                 # "locked" explains more
            raise
        exercise = self.catalog.exercise(exercise_id)
        grading = Grading(exercise, source, secrets.randbelow(2 ** 31), launcher=launcher).start()
        if token is not None:
            token.grading = grading
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
            if token is not None and token.cancelled:
                raise Cancelled() from None
            self._record_grader_failure(exercise_id, text, grading, err)
            raise
        if token is not None and token.cancelled:
            raise Cancelled()
        result = _named_file(result, exercise.filename, path.name)
        self.workspace.write_statement(self.file_for(exercise_id), exercise.title, exercise.id, exercise.statement)
        return Graded(exercise_id, path, text, result, result.score, frozenset(before))

    def keep(self, graded: Graded, kind: str) -> Submission:
        """Record a grade as an attempt ('submit') or a test run ('test')."""
        _, number = self.store.keep(self.learner_id, graded.result, graded.text, kind, graded.score)
        if kind == "test":
            return Submission(graded.result, None, [], graded.path, graded.score, test=True)
        before = set(graded.before)
        after = before | {graded.exercise} if graded.result.passed else before
        return Submission(graded.result, number, self.catalog.newly_opened(before, after), graded.path, graded.score)

    def attempted(self, exercise_id: str, text: str) -> bool:
        """Whether this exact source was already recorded as an attempt at the exercise."""
        return self.store.has_attempt(self.learner_id, exercise_id, text)

    def _record_grader_failure(self, exercise_id: str, text: str, grading, err: Exception) -> None:
        """A grade that mlfun itself could not finish is still kept, marked as mlfun's failure."""
        from mlfun.grader.result import not_graded

        self.store.record(self.learner_id, not_graded(exercise_id, grading.seed, grading.exercise.content_hash, err),
                          text)

    def check_open(self, exercise_id: str, passed: set) -> None:
        needs = self.blockers(exercise_id, passed) if exercise_id not in passed else []
        if needs:
            raise LockedExercise(exercise_id, needs)

    def blockers(self, exercise_id: str, passed: set) -> list[str]:
        """What opens a locked exercise, in the catalog's words (the same for every command)."""
        return self.catalog.blockers(exercise_id, passed)

    # -- status, hints, history ---------------------------------------------------------

    def show(self, exercise_id: str) -> dict:
        exercise = self.catalog.exercise(exercise_id)
        passed = self.passed()
        progress = self.progress().get(exercise_id)
        return {"exercise": exercise.id, "title": exercise.title, "topic": exercise.topic,
                "state": self.catalog.state(exercise_id, passed), "file": str(self.file_for(exercise_id)),
                "statement": exercise.statement, "blockers": self.blockers(exercise_id, passed),
                "attempts": progress.attempts if progress else 0,
                "hints_taken": progress.hints_taken if progress else 0, "hints_total": len(exercise.hints)}

    def hint(self, exercise_id: str | None = None) -> dict:
        """Reveal one more hint (recorded), and return every hint revealed so far."""
        exercise_id = exercise_id or self.recent()
        exercise = self.catalog.exercise(exercise_id)
        self.check_open(exercise_id, self.passed())
        taken = self.store.take_hint(self.learner_id, exercise_id, len(exercise.hints))
        return {"exercise": exercise_id, "taken": taken, "total": len(exercise.hints),
                "hints": list(exercise.hints[:taken])}

    def history(self, exercise_id: str | None = None, limit: int = 20) -> tuple[list, int]:
        """The newest `limit` runs (attempts and test runs), and how many there are in all."""
        if exercise_id:
            self.catalog.entry(exercise_id)
        return (self.store.history(self.learner_id, exercise_id, limit),
                self.store.total_attempts(self.learner_id, exercise_id))

    def reset(self, exercise_id: str) -> Path | None:
        """Write the starter again; the learner's file is first copied to .mlfun/backups/. A locked
        exercise is refused, saying what opens it (submit would refuse its starter anyway)."""
        self.check_open(exercise_id, self.passed())
        exercise = self.catalog.exercise(exercise_id)
        backup = self.workspace.restore_starter(self.file_for(exercise_id), exercise.starter.source, exercise_id)
        self.workspace.write_statement(self.file_for(exercise_id), exercise.title, exercise.id, exercise.statement)
        self.workspace.mark_started(exercise_id)
        return backup

    def files(self) -> dict[str, Path]:
        """Every exercise's file that exists in the workspace."""
        found = {}
        for entry in self.catalog.entries:
            path = self.file_for(entry.id)
            if path.exists():
                found[entry.id] = path
        return found

    def reset_all(self) -> tuple[list[str], Path | None]:
        """Every exercise file back to its starter; all of them are first copied, as they were,
        into one folder .mlfun/backups/all-<time>/ (topic/file.py inside)."""
        import shutil
        import time

        files = self.files()
        if not files:
            return [], None
        backup = self.workspace.state_dir / "backups" / f"all-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**6}"
        for exercise_id, path in files.items():
            target = backup / path.relative_to(self.workspace.root)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
        for exercise_id, path in files.items():
            path.write_text(self.catalog.exercise(exercise_id).starter.source, encoding="utf-8")
        return sorted(files), backup

    def verify(self, launcher=None) -> list[dict]:
        """Re-grade the current file of every passed exercise; nothing is recorded and no passed
        state changes. One row per exercise: passed again, or why not."""
        from mlfun.grader.grade import grade

        rows = []
        for entry in self.catalog.entries:
            if entry.id not in self.passed_cache:
                continue
            path = self.file_for(entry.id)
            if not path.exists():
                rows.append({"exercise": entry.id, "file": str(path), "passed": False, "why": "the file is missing"})
                continue
            result = grade(self.catalog.exercise(entry.id), path.read_bytes(), secrets.randbelow(2 ** 31),
                           launcher=launcher)
            failed = [c.name for c in result.checks if not c.passed]
            rows.append({"exercise": entry.id, "file": str(path), "passed": result.passed,
                         "why": "" if result.passed else f"fails {', '.join(failed)}"})
        return rows

    def restore_files(self, sources: dict[str, str]) -> list[Path]:
        """After an import: write each exercise's latest source where the workspace has no file
        for it yet (never over a file that exists), with its statement."""
        written = []
        for exercise_id, source in sorted(sources.items()):
            try:
                path = self.file_for(exercise_id)
            except MlfunError:
                continue                    # not in this course: its attempts are kept all the same
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(source, encoding="utf-8")
                exercise = self.catalog.exercise(exercise_id)
                self.workspace.write_statement(path, exercise.title, exercise.id, exercise.statement)
                written.append(path)
        return written

    @cached_property
    def passed_cache(self) -> set:
        return self.passed()

    def status(self) -> list[ExerciseState]:
        progress = self.progress()
        passed = {e for e, p in progress.items() if p.passed_at is not None}
        states = self.catalog.states(passed)
        return [ExerciseState(e.id, e.topic, e.title, states[e.id], progress[e.id].attempts if e.id in progress else 0)
                for e in self.catalog.entries]


def _read(path: Path, exercise_id: str, progress=None) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if progress is not None and progress.passed_at is not None:
            hint = (f"you passed {exercise_id} already; `mlfun next {exercise_id}` writes its starter again "
                    f"(your passing code is in `mlfun history {exercise_id}`), or pass --file PATH")
        else:
            hint = f"run `mlfun next {exercise_id}` to get its starter, or pass --file PATH"
        raise MissingFile(f"there is no file at {path}", hint) from None
    except OSError as err:
        raise MissingFile(f"cannot read {path}: {err.strerror}") from None


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "learner"


def _named_file(result, default: str, actual: str):
    """The grader names the exercise's default file in what it says about the source (a syntax
    error, an empty file); graded from --file, the learner must read the file they gave."""
    if actual == default:
        return result
    from dataclasses import replace

    def rename(text):
        return text.replace(default, actual) if text else text

    checks = tuple(replace(c, message=rename(c.message)) for c in result.checks)
    return replace(result, checks=checks, failure=rename(result.failure))
