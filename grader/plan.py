"""One attempt's plan: its cases, the calls the sandbox makes, the reference's answers,
and the judgement of what came back.

Call i < len(cases) runs case i through the driver's `run`; checks may add calls after
those (finite-difference probes of the learner's forward), each known by a key.
"""
from __future__ import annotations

import time

import numpy as np

from .calling import entry_call, run_trusted
from .cases import generate_cases
from .checks import Context, case_label, error_text, run_implementation
from .kinds import build_checks
from .diagnosis import diagnose
from .layout import layout_of
from .model import Exercise
from .result import Result, failed_to_run
from .support import load_code, quiet
from .wire import encode


DECOY_MAX_ELEMENTS = 100_000     # array elements in a case beyond which no decoy call is made


def _elements(value) -> int:
    """How many array elements a case's inputs hold (inside dicts and lists too)."""
    if isinstance(value, dict):
        return sum(_elements(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(_elements(v) for v in value)
    return value.size if isinstance(value, np.ndarray) else 0


class Plan:
    def __init__(self, exercise: Exercise, seed: int, *, private: bool = False, reveal_expected: bool = True):
        """`private`: the learner must not see hidden inputs (cohort mode), so what their code
        printed is not returned and their exception messages on hidden cases are not quoted;
        with `reveal_expected=False` too, messages on hidden cases give the discrepancy and the
        shapes, never the expected values (compare.py)."""
        self.exercise, self.seed, self.private = exercise, seed, private
        self.reveal_expected = reveal_expected
        self.memo: dict = {}
        with quiet():
            self._prepare(exercise, seed)

    def _prepare(self, exercise: Exercise, seed: int) -> None:
        """Cases, calls and the reference's answers: all trusted code, run with warnings silenced."""
        self.cases = generate_cases(exercise, seed)
        self.checks = build_checks(exercise)
        report = sorted(set().union(*(c.report_inputs() for c in self.checks)))
        # One decoy per case group: a memo keyed on shapes or ids fails the group's first case,
        # and the grade does not take twice as long where a case trains a network; none for a
        # large case (a speed check's), which the smaller groups already cover.
        self.calls = [{"fn": "run", "case": i, "report_inputs": report,
                       "decoy": exercise.decoy and case.decoyed and _elements(case.sent) <= DECOY_MAX_ELEMENTS}
                      for i, case in enumerate(self.cases)]
        self.extra_keys = []
        for check in self.checks:
            for key, call in check.calls(self.cases, seed):
                self.extra_keys.append(key)
                self.calls.append(call)
        self.reference = load_code(exercise.reference, "reference")
        self.driver = load_code(exercise.driver, "driver") if exercise.driver else None
        self.expected = self._expected()

    def _expected(self) -> list:
        ex = self.exercise
        runs = self.calls[:len(self.cases)]
        outcomes = run_trusted(np, lambda fn: entry_call(self.driver, fn, self.reference, ex.entry, ex.returns),
                               self.cases, runs)
        for case, outcome in zip(self.cases, outcomes):
            if outcome.error:
                raise ReferenceFailed(f"the reference of '{ex.id}' raised {outcome.error['type']} on case "
                                      f"'{case.name}': {outcome.error['message']}")
        self.decoy_expected = [None if o.stale else o.decoy_outputs for o in outcomes]
        return [o.outputs for o in outcomes]

    def request(self) -> bytes:
        cases = [{"inputs": c.sent, "errstate": c.errstate, "label": case_label(c),
                  "layouts": {k: layout_of(v) for k, v in c.sent.items()
                              if isinstance(v, np.ndarray) and layout_of(v) != "contiguous"}}
                 for c in self.cases]
        return encode({"cases": cases, "calls": self.calls})

    def context(self, outcomes: list, timed: bool = True) -> Context:
        n = len(self.cases)
        extra = dict(zip(self.extra_keys, outcomes[n:]))
        return Context(self.exercise, self.seed, self.cases, self.expected, outcomes[:n], extra,
                       self.reference, self.driver, timed, self.private, self.memo, self.reveal_expected,
                       decoy_expected=self.decoy_expected)

    def evaluate(self, outcomes: list, timed: bool = True, pictures: bool = False) -> list:
        """Every check's results. `timed=False` skips speed checks: trusted code judged in-process
        (a mistake during diagnosis, the reference in a seed sweep) was not timed in a sandbox.
        Speed is judged only when every other check passed: the baseline (naive loops, often
        the slowest part of a grade) is not run to time code whose values are wrong. `pictures`:
        failed checks carry a picture (pictures.py), for the learner's own verdict."""
        ctx = self.context(outcomes, timed)
        ctx.pictures = pictures
        with quiet():
            found = {id(c): c.evaluate(ctx) for c in self.checks if c.kind != "speed"}
            values_right = all(r.passed for results in found.values() for r in results)
            for check in self.checks:
                if check.kind == "speed":      # a baseline is timed only for right values
                    found[id(check)] = check.evaluate(ctx) if values_right else check.not_yet()
        return [result for check in self.checks for result in found[id(check)]]

    def failed_untimed(self, outcomes: list) -> set:
        """Names of the failed checks other than speed: how a mistake is compared with a learner."""
        return {r.name for r in self.evaluate(outcomes, timed=False) if not r.passed} - self.speed_names()

    def speed_names(self) -> set:
        return {c.options.get("name", "speed") for c in self.checks if c.kind == "speed"}

    def judge(self, outcome, started: float) -> Result:
        ex = self.exercise
        early = self._early_failure(outcome)
        if early:
            return failed_to_run(ex, self.seed, started, early, self._output(outcome), outcome.protections)
        results = self.evaluate(outcome.calls, pictures=True)
        passed = all(r.passed for r in results)
        diagnosis = ()
        if not passed:
            failed = {r.name for r in results if not r.passed} - self.speed_names()
            diagnosis = diagnose(self.context(outcome.calls), self.calls, failed, self.failed_untimed,
                                 *self.tolerance()) if failed else ()
        return Result(exercise=ex.id, passed=passed, checks=tuple(results), diagnosis=diagnosis,
                      seed=self.seed, content_hash=ex.content_hash, duration=time.perf_counter() - started,
                      output=self._output(outcome), protections=tuple(outcome.protections),
                      uncounted=() if passed else self.starter_passes())

    def starter_passes(self) -> tuple[str, ...]:
        """The checks the exercise's starter passes on these cases: code that does nothing passes
        them too ('inputs left unmodified'), so they carry no weight in the score. The starter
        is the course's own trusted code; it raises at once, so this costs a few milliseconds,
        and only for a grade that failed."""
        starter = self.exercise.starter
        if starter is None:
            return ()
        try:
            outcomes = run_implementation(self.context([]), load_code(starter, "starter"), self.calls)
            return tuple(r.name for r in self.evaluate(outcomes, timed=False) if r.passed)
        except Exception:     # noqa: BLE001 - the weights refine a score; without them it is the plain share
            return ()

    def _output(self, outcome) -> str:
        return "(what your code printed is not shown when grading on a server)" \
            if self.private and outcome.output else outcome.output

    def _early_failure(self, outcome) -> str | None:
        ex = self.exercise
        if outcome.load_error:
            error = outcome.load_error
            if error["type"] == "SyntaxError":
                return f"SyntaxError at line {error['line']} of {ex.filename}: {error['message']}"
            trace = f"\n{error['traceback']}" if error.get("traceback") else ""
            return f"{ex.filename} could not be imported: it {error_text(error, ex)}{trace}"
        if outcome.missing:
            return f"{ex.filename} does not define {', '.join(outcome.missing)}, which this exercise asks for"
        if outcome.failure:
            return outcome.failure
        return None

    def tolerance(self) -> tuple:
        """(rtol, atol, up_to) of the first `close` check: how outputs are matched with mistakes."""
        for spec in self.exercise.checks:
            if spec.kind == "close":
                return (float(spec.options.get("rtol", 1e-7)), float(spec.options.get("atol", 1e-9)),
                        spec.options.get("up_to"))
        return 1e-7, 1e-9, None

    def reference_outcomes(self) -> list:
        """The reference run as if it were a learner: `author check` proves it passes."""
        return run_implementation(self.context([None] * len(self.calls)), self.reference, self.calls)


class ReferenceFailed(RuntimeError):
    """The exercise's own reference raised: an authoring bug, never the learner's fault."""
