"""`mlfun author check`: prove that an exercise grades what it claims to grade.

For each exercise:
  * the file loads and validates;
  * the reference passes every check, through the real sandbox once and in-process over
    many seeds (a flaky tolerance shows up here, not in a learner's face);
  * the starter fails;
  * every named mistake fails *and* is diagnosed as itself, and not as another mistake;
and for the whole course, the prerequisite graph has no cycle and no dangling id.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import MlfunError


@dataclass
class ExerciseReport:
    exercise: str
    path: str
    problems: list = field(default_factory=list)
    proved: list = field(default_factory=list)
    mutation: dict | None = None     # the mutation stage's figures, when it ran

    @property
    def ok(self) -> bool:
        return not self.problems


def check_exercise(path: str, seeds: int = 20, first_seed: int = 0, mutants: bool = False) -> ExerciseReport:
    """Every proof for one exercise file; never raises for a broken exercise, reports it.
    `mutants`: also the mutation stage (mutation.py), the slowest proof by far."""
    from .loader import load_exercise

    report = ExerciseReport(Path(path).stem, str(path))
    try:
        exercise = load_exercise(path)
    except MlfunError as err:
        report.problems.append(err.with_hint())
        return report
    steps = (_reference_sandboxed, _starter_fails, _many_seeds) + ((_mutation,) if mutants else ())
    for step in steps:
        try:
            step(exercise, report, seeds, first_seed)
        except Exception as err:    # noqa: BLE001 - an authoring bug anywhere is a finding, not a crash
            report.problems.append(f"{step.__name__.strip('_').replace('_', ' ')}: {type(err).__name__}: {err}")
    return report


def _grade(exercise, source: str, seed: int):
    from .grade import grade

    return grade(exercise, source, seed)


def _reference_sandboxed(exercise, report, seeds, first_seed) -> None:
    result = _grade(exercise, exercise.reference.source, first_seed)
    if result.passed:
        report.proved.append("the reference passes in the sandbox")
    else:
        failed = next(c for c in result.checks if not c.passed)
        report.problems.append(f"the reference fails in the sandbox: {failed.name}: {failed.message}")


def reference_failures(exercise, seeds: range) -> list[str]:
    """The checks the reference fails, per seed, judged in-process (fast: no sandbox)."""
    from .plan import Plan

    return [f"seed {seed}: {problem}" for seed in seeds
            if (problem := _reference_problem(Plan(exercise, seed))) is not None]


def _reference_problem(plan) -> str | None:
    for result in plan.evaluate(plan.reference_outcomes(), timed=False):
        if not result.passed:
            return f"{result.name}: {result.message}"
    return None


def _starter_fails(exercise, report, seeds, first_seed) -> None:
    if _grade(exercise, exercise.starter.source, first_seed).passed:
        report.problems.append("the starter passes: a learner would pass without writing anything")
    else:
        report.proved.append("the starter fails")


def _many_seeds(exercise, report, seeds, first_seed) -> None:
    """The reference passes, and every mistake variant fails and is diagnosed as itself, on every
    seed, judged in-process. Each variant goes once through the sandbox first. One plan per seed
    serves them all, and each mistake runs once per seed however often diagnosis compares with it."""
    from .plan import Plan

    variants = [(mistake.id, name, variant) for mistake in exercise.mistakes
                for name, variant in _named_variants(mistake)]
    problems: dict[str, str] = {}
    for mistake_id, name, variant in variants:
        result = _grade(exercise, variant.program, first_seed + 1)
        problem = _diagnosis_problem(exercise, mistake_id, result.passed, result.diagnosis)
        if problem:
            problems[name] = problem
    reference_failed = []
    for seed in range(first_seed, first_seed + seeds):
        plan = Plan(exercise, seed)
        problem = _reference_problem(plan)
        if problem:
            reference_failed.append(f"seed {seed}: {problem}")
        for mistake_id, name, variant in variants:
            if name not in problems and (problem := _mistake_problem(plan, mistake_id, variant)):
                problems[name] = f"on seed {seed}: {problem}"
    if reference_failed:
        report.problems.append(f"the reference fails on {len(reference_failed)} of {seeds} seeds; "
                               f"first: {reference_failed[0]}")
    else:
        report.proved.append(f"the reference passes on {seeds} seeds")
    for _mistake_id, name, _variant in variants:
        if name in problems:
            report.problems.append(f"the mistake {name} {problems[name]}")
        else:
            report.proved.append(f"the mistake {name} fails and is diagnosed as itself on {seeds} seeds")


def _mutation(exercise, report, seeds, first_seed) -> None:
    """Every small slip of the reference fails the grader on every seed (mutation.py)."""
    from dataclasses import asdict

    from .mutation import mutation_test

    result = mutation_test(exercise, kill_seeds=range(first_seed, first_seed + min(seeds, 3)))
    report.mutation = dict(asdict(result), score=result.score)
    if result.ok:
        report.proved.append(result.summary())
        return
    survivors = "".join(f"\n    line {s.line}: {s.description} (passes on seeds {s.passed_on})\n      "
                        + s.diff.replace("\n", "\n      ") for s in result.survivors[:10])
    more = len(result.survivors) - 10
    report.problems.append(f"{result.summary()}; each surviving mutant is a wrong program the grader passes:"
                           f"{survivors}" + (f"\n    ... and {more} more" if more > 0 else ""))


def _named_variants(mistake):
    for k, variant in enumerate(mistake.variants):
        yield (mistake.id if len(mistake.variants) == 1 else f"{mistake.id} (variant {k + 1})"), variant


def _diagnosis_problem(exercise, mistake_id: str, passed: bool, diagnosis) -> str | None:
    named = {d.mistake for d in diagnosis if d.mistake in {m.id for m in exercise.mistakes}}
    if passed:
        return "passes every check: no hidden case tells it apart"
    if mistake_id not in named:
        return f"fails but is diagnosed as {', '.join(d.mistake for d in diagnosis) or 'nothing'}"
    if named != {mistake_id}:
        return (f"is also diagnosed as {', '.join(sorted(named - {mistake_id}))}: "
                "make the mistakes distinguishable on the hidden cases")
    return None


def _mistake_problem(plan, mistake_id: str, variant) -> str | None:
    """Judge one mistake variant as if a learner had sent it, in-process, on this plan's seed."""
    from .diagnosis import diagnose, mistake_outcomes

    outcomes = mistake_outcomes(plan.context([None] * len(plan.calls)), variant, plan.calls)
    broken = _broken_code(outcomes)
    if broken:
        return broken
    failed = plan.failed_untimed(outcomes)
    diagnosis = () if not failed else diagnose(plan.context(outcomes), plan.calls, failed,
                                               plan.failed_untimed, *plan.tolerance())
    return _diagnosis_problem(plan.exercise, mistake_id, not failed, diagnosis)


# Errors that say the mistake's file itself is broken (a typo, a missing import), not that
# it makes the mistake it is named for: such a file fails every case whatever it teaches.
BROKEN = {"NameError", "UnboundLocalError", "ImportError", "ModuleNotFoundError", "SyntaxError"}


def _broken_code(outcomes) -> str | None:
    for outcome in outcomes:
        error = getattr(outcome, "error", None) or {}
        if error.get("type") in BROKEN or (error.get("type") == "AttributeError"
                                           and "module 'numpy" in error.get("message", "")):
            return (f"raises {error['type']}: {error.get('message', '')}: its code is broken, so it fails "
                    "whatever it computes; a mistake must run and compute the wrong thing")
    return None


def check_paths(paths: list[str], seeds: int = 20, workers: int = 2, mutants=()) -> list[ExerciseReport]:
    """Check many exercises, in parallel processes (each grade already uses its own child).
    `mutants`: the paths whose mutation stage runs too."""
    flags = [p in set(mutants) for p in paths]
    if workers <= 1 or len(paths) <= 1:
        return [check_exercise(p, seeds, 0, m) for p, m in zip(paths, flags)]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(check_exercise, paths, [seeds] * len(paths), [0] * len(paths), flags))
