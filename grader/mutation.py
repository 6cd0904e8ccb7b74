"""Mutation testing of an exercise: does its grader fail every small slip of the reference?

Each mutant (mutants.py) is judged in-process like a named mistake, on the plans of seeds
`kill_seeds`:
  * killed     - it fails some check on every one of those seeds;
  * equivalent - it agrees with the reference, within the exercise's own tolerance, on every
                 case of `battery` seeds (the hidden generators drawn many times): no grader
                 could tell it apart, so it is not counted. An exercise without a `close`
                 check is judged by properties (a trained model's accuracy, a debugging
                 script's curve): there any program that passes every check on every
                 battery seed is right by the statement, and what counts is that no mutant
                 passes on some seeds and fails on others;
  * surviving  - neither: a wrong program the grader passes on some seed. Each survivor is
                 reported with its diff and the seeds it passed on;
  * stillborn  - it does not even load (a removed import, say): not counted;
  * accepted   - its line of the reference says `# mutant-ok(<operator>, ...): <why>`: the
                 author has read those mutants of that line and says each is a right program
                 (a power iteration's starting vector, a stopping test that only costs
                 iterations). Not counted, and counted apart.
score = killed / (killed + surviving), and `author check` wants it at or above the
exercise's `mutation_bar` (YAML, default 0.95).

A mutant may loop for ever (a loop counter that no longer moves), so each is given
`limit` seconds of wall time (SIGALRM) and is killed by the time-out: a learner's program
that never returns fails too. An exercise whose one seed (plan and reference run) takes
over SLOW seconds, a training run, is judged on the first kill seed and a 3-seed battery,
and the report says so.
"""
from __future__ import annotations

import contextlib
import difflib
import io
import random
import re
import signal
import time
from dataclasses import dataclass, field

from .model import Code

SLOW = 1.5          # seconds for one seed's plan and reference run: above it, judge on fewer seeds
ACCEPTED = re.compile(r"#\s*mutant-ok\(([\w\s,]+)\):")


@dataclass
class Survivor:
    description: str
    line: int
    diff: str
    passed_on: list


@dataclass
class MutationReport:
    exercise: str
    bar: float
    made: int = 0
    stillborn: int = 0
    accepted: int = 0
    equivalent: int = 0
    killed: int = 0
    survivors: list = field(default_factory=list)
    equivalents: list = field(default_factory=list)     # (as Survivor, passed_on empty): for review
    seconds: float = 0.0
    sampled: bool = False
    effort: str = ""                  # when fewer seeds were used than asked, and why

    @property
    def score(self) -> float:
        judged = self.killed + len(self.survivors)
        return self.killed / judged if judged else 1.0

    @property
    def ok(self) -> bool:
        return self.score >= self.bar

    def summary(self) -> str:
        return (f"mutation score {self.score:.1%} (bar {self.bar:.0%}): {self.made} mutants"
                f"{' (a sample)' if self.sampled else ''}, {self.killed} killed, {len(self.survivors)} surviving, "
                f"{self.equivalent} equivalent, {self.accepted} accepted, {self.stillborn} stillborn, "
                f"in {self.seconds:.0f} s" + (f" ({self.effort})" if self.effort else ""))


class TimedOut(BaseException):
    """A mutant ran past its time limit. Not an Exception: the harness that runs an implementation
    records an Exception as that case's outcome and goes on to the next case, which would run
    with no limit left (a mutant's endless loop then hung `author check`)."""


def mutation_test(exercise, kill_seeds=range(3), battery=range(12), sample: int | None = None,
                  sample_seed: int = 0, limit: float = 10.0) -> MutationReport:
    """Every mutant of the exercise's reference (or `sample` of them, chosen by `sample_seed`)."""
    from .mutants import mutants

    started = time.perf_counter()
    report = MutationReport(exercise.id, exercise.mutation_bar)
    found = mutants(exercise.reference.source, only=exercise.mutate)
    judge = _Judge(exercise, kill_seeds, battery, limit)
    if judge.slow:
        report.effort = "1 seed, a 3-seed battery: slow runs"
    if sample is not None and sample < len(found):
        found, report.sampled = random.Random(sample_seed).sample(found, sample), True
    report.made = len(found)
    lines = exercise.reference.source.splitlines()
    with contextlib.redirect_stdout(io.StringIO()):     # training references print their loss
        _judge_all(report, judge, found, lines)
    report.seconds = time.perf_counter() - started
    return report


def _judge_all(report: MutationReport, judge, found: list, lines: list) -> None:
    for mutant in found:
        if _accepted(mutant, lines):
            report.accepted += 1
            continue
        verdict, passed_on = judge(mutant)
        if verdict in ("survived", "equivalent"):
            entry = Survivor(mutant.description, mutant.line, _diff(judge.original, mutant.source), passed_on)
            (report.survivors if verdict == "survived" else report.equivalents).append(entry)
        if verdict != "survived":
            setattr(report, verdict, getattr(report, verdict) + 1)


class _Judge:
    """The plans of the seeds a mutant is judged on, made once per exercise."""

    def __init__(self, exercise, kill_seeds, battery, limit: float):
        import ast

        self.exercise, self.limit = exercise, limit
        self.original = ast.unparse(ast.parse(exercise.reference.source))
        self.plans: dict = {}
        self.stable: dict = {}
        self.by_values = any(spec.kind == "close" for spec in exercise.checks)
        self.kill_seeds, self.battery = list(kill_seeds), list(battery)
        self.slow = self._seconds_for_one_seed() > SLOW
        if self.slow:                                   # a training exercise: seconds a run
            self.kill_seeds, self.battery = self.kill_seeds[:1], self.battery[:3]

    def _seconds_for_one_seed(self) -> float:
        """How long the first kill seed's plan and a reference run take (the plan is kept)."""
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            self._plan(self.kill_seeds[0]).reference_outcomes()
        return time.perf_counter() - started

    def _plan(self, seed: int):
        if seed not in self.plans:
            from .plan import Plan

            plan = self.plans[seed] = Plan(self.exercise, seed)
            for call in plan.calls:     # an edit of the reference keeps no memo: a decoy only costs time
                call.pop("decoy", None)
        return self.plans[seed]

    def __call__(self, mutant) -> tuple[str, list]:
        from .support import load_code

        code = Code(mutant.source, f"<mutant: {mutant.description}, line {mutant.line}>")
        try:
            with _time_limit(self.limit):
                module = load_code.__wrapped__(code, "mutant")
        except BaseException:   # noqa: BLE001 - a mutant that cannot even load is not a program
            return "stillborn", []
        passed_on = [seed for seed in self.kill_seeds if not self._fails(self._plan(seed), module)]
        if not passed_on:
            return "killed", []
        if self.by_values:
            return ("equivalent", []) if self._agrees_everywhere(module) else ("survived", passed_on)
        if len(passed_on) == len(self.kill_seeds) and self._passes_everywhere(module):
            return "equivalent", []
        return "survived", passed_on

    def _passes_everywhere(self, module) -> bool:
        """Judged by properties, a program that passes every check on every seed is right."""
        return not any(self._fails(self._plan(seed), module) for seed in self.battery)

    def _fails(self, plan, module) -> bool:
        from .checks import run_implementation

        try:
            with _time_limit(self.limit):
                outcomes = run_implementation(plan.context([None] * len(plan.calls)), module, plan.calls)
        except TimedOut:
            return True
        return bool(plan.failed_untimed(outcomes))

    def _agrees_everywhere(self, module) -> bool:
        from .checks import run_implementation

        for seed in self.battery:
            plan = self._plan(seed)
            n = len(plan.cases)
            try:
                with _time_limit(self.limit):
                    outcomes = run_implementation(plan.context([None] * n), module, plan.calls[:n])
            except TimedOut:
                return False
            for outcome, expected, stable in zip(outcomes, plan.expected, self._stable(seed)):
                if outcome.error or not _agree_on(outcome.outputs, expected, stable, plan.tolerance()):
                    return False
        return True

    def _stable(self, seed: int) -> list:
        """Per case, the outputs the reference gives alike when run again: an output drawn
        from unseeded randomness (a dropout mask asked for without a seed) tells nothing."""
        if seed not in self.stable:
            from .checks import run_implementation

            plan = self._plan(seed)
            n = len(plan.cases)
            again = run_implementation(plan.context([None] * n), plan.reference, plan.calls[:n])
            self.stable[seed] = [_agreeing_keys(a.outputs, b, plan.tolerance()) for a, b in zip(again, plan.expected)]
        return self.stable[seed]


class _time_limit:
    """Raise TimedOut in this (main) thread after `seconds` of wall time."""

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self):
        def expire(signum, frame):
            raise TimedOut()
        self.previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc):
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)
        return False


def _accepted(mutant, lines: list) -> bool:
    """Whether the reference's line of this mutant accepts its operator (`# mutant-ok(...)`)."""
    found = ACCEPTED.search(lines[mutant.line - 1]) if 0 < mutant.line <= len(lines) else None
    return bool(found) and mutant.operator in {w.strip() for w in found.group(1).split(",")}


def _agreeing_keys(a, b, tolerance) -> set | None:
    """The output names on which a and b agree (None: outputs that are not a mapping, all of them)."""
    from .compare import same_outcome

    if not (isinstance(a, dict) and isinstance(b, dict)):
        return None
    return {k for k in a if k in b and same_outcome(a[k], b[k], *tolerance)}


def _agree_on(got, expected, keys, tolerance) -> bool:
    from .compare import same_outcome

    if keys is None or not (isinstance(got, dict) and isinstance(expected, dict)):
        return same_outcome(got, expected, *tolerance)
    return all(k in got and same_outcome(got[k], expected[k], *tolerance) for k in keys)


def _diff(original: str, mutated: str) -> str:
    lines = difflib.unified_diff(original.splitlines(), mutated.splitlines(), lineterm="", n=0)
    return "\n".join(line for line in lines if not line.startswith(("---", "+++", "@@")))
