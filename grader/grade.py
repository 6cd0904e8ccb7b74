"""`grade(exercise, source, seed)`: the whole grading pipeline, as a pure function.

    static checks -> start sandbox -> cases + reference (overlapping the child's start-up)
    -> run the learner's calls in the sandbox -> checks -> diagnosis -> Result

Nothing here touches a terminal or a database: a CLI, a server worker or a batch
re-grader calls it unchanged, and the same (exercise, source, seed) always gives the same
verdict.
"""
from __future__ import annotations

import ast
import time

from .model import Exercise
from .result import Result, failed_to_run
from .sandbox import Sandbox


def grade(exercise: Exercise, source: bytes | str, seed: int, *, isolate: bool = True, launcher=None,
          private: bool = False, reveal_expected: bool = True) -> Result:
    """Grade `source` against `exercise` with the hidden cases drawn from `seed`.

    `launcher` is how the sandbox child is started: a fresh interpreter by default, or a
    warm `launch.Zygote` for long-lived graders. `private` (cohort mode) keeps hidden inputs
    from leaking back through what the learner's code prints or puts in an exception message;
    with `reveal_expected=False` as well, hidden cases' expected values are not quoted either.
    """
    return Grading(exercise, source, seed, isolate=isolate, launcher=launcher, private=private,
                   reveal_expected=reveal_expected).start().finish()


class Grading:
    """A grade in two halves, so that the sandbox child boots while the caller does other work.

    `start()` checks the source and starts the child (its interpreter and NumPy import run on
    the other core); the caller may then open its store or check prerequisites; `finish()`
    builds the cases, runs them and judges. `cancel()` abandons a started grade.
    """

    def __init__(self, exercise: Exercise, source: bytes | str, seed: int, *, isolate: bool = True,
                 launcher=None, private: bool = False, reveal_expected: bool = True):
        self.exercise, self.seed, self.launcher, self.private = exercise, seed, launcher, private
        self.reveal_expected = reveal_expected
        self.raw = source.encode() if isinstance(source, str) else source
        self.isolate = isolate
        self.sandbox = None
        self.problem = None

    def start(self) -> "Grading":
        self.started = time.perf_counter()
        self.problem = static_problem(self.exercise, self.raw)
        if self.problem is None:
            ex = self.exercise
            self.sandbox = Sandbox(self.raw, ex.module, ex.entry, ex.returns,
                                   ex.driver.source if ex.driver else None,
                                   ex.forbidden, ex.limits, isolate=self.isolate, launcher=self.launcher)
            self.sandbox.start()
        return self

    def finish(self) -> Result:
        if self.problem:
            return failed_to_run(self.exercise, self.seed, self.started, self.problem)
        from .plan import Plan

        with self.sandbox:
            plan = Plan(self.exercise, self.seed, private=self.private, reveal_expected=self.reveal_expected)
            outcome = self.sandbox.run(plan.request())
        return plan.judge(outcome, self.started)

    def cancel(self) -> None:
        if self.sandbox is not None:
            self.sandbox.close()


def static_problem(exercise: Exercise, raw: bytes) -> str | None:
    """What stops the file from being run at all, found without running it."""
    from .forbidden import forbidden_uses

    try:
        text = raw.decode("utf-8-sig")          # a byte-order mark is fine: Python accepts it
    except UnicodeDecodeError as err:
        return (f"{exercise.filename} is not UTF-8 text (byte 0x{raw[err.start]:02x} at position {err.start}); "
                "save it with UTF-8 encoding")
    if "\x00" in text:
        return f"{exercise.filename} contains a NUL byte: it is not a text file; save it again as plain UTF-8"
    if not text.strip():
        return f"{exercise.filename} is empty: it must define {', '.join(exercise.entry)}"
    try:
        ast.parse(text, exercise.filename)
    except SyntaxError as err:
        where = f" at line {err.lineno}" if err.lineno else ""
        return f"SyntaxError{where} of {exercise.filename}: {err.msg}"
    except (ValueError, RecursionError, MemoryError) as err:
        return f"{exercise.filename} cannot be parsed: {err}"
    uses = forbidden_uses(text, exercise.forbidden)
    if uses:
        listing = "; ".join(f"line {line} uses {name}" for line, name in uses[:5])
        return (f"{listing}, which this exercise forbids (forbidden here: {', '.join(exercise.forbidden)}); "
                "the statement says what to use instead")
    return dynamic_lookup_problem(exercise, text)


def dynamic_lookup_problem(exercise: Exercise, text: str) -> str | None:
    """Where names are forbidden, a name computed at run time could be any of them."""
    from .lookup import dynamic_lookups

    lookups = dynamic_lookups(text) if exercise.forbidden else []
    if not lookups:
        return None
    listing = "; ".join(f"line {line}: {why}" for line, why in lookups[:5])
    return (f"{listing}. Forbidden names must not be reachable through dynamic lookup, so this "
            f"exercise (which forbids {', '.join(exercise.forbidden)}) refuses it; write attribute "
            "and module names out in full")
