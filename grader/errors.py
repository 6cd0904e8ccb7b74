"""Domain errors of the grader. The CLI turns each into one sentence and an exit code."""
from __future__ import annotations


class MlfunError(Exception):
    """Base of every error mlfun reports to a person instead of a traceback."""

    hint: str | None = None

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def with_hint(self) -> str:
        """The error and its fix on one line, for lists of problems (author check, status)."""
        return f"{self} ({self.hint})" if self.hint else str(self)


class ExerciseFileError(MlfunError):
    """An exercise file is broken: names the file, the line and what to fix."""

    def __init__(self, path: str, line: int | None, problem: str, hint: str | None = None):
        self.path, self.line, self.problem = path, line, problem
        where = f"{path}, line {line}" if line else path
        super().__init__(f"{where}: {problem}", hint)


class UnknownExercise(MlfunError):
    def __init__(self, exercise_id: str, suggestions: list[str]):
        self.exercise_id, self.suggestions = exercise_id, suggestions
        hint = f"did you mean {' or '.join(suggestions)}?" if suggestions else "`mlfun list` shows every exercise"
        super().__init__(f"there is no exercise called '{exercise_id}'", hint)
