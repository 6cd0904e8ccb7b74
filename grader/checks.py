"""The check kinds an exercise can ask for: one small class each, run in the trusted parent.

A check may ask the sandbox for extra calls (`calls`), or for inputs to be sent back after
a call (`report_inputs`), and then judges what came back (`evaluate`). Every verdict here
compares the learner's *outputs* with values computed in this process; nothing the
learner's process says about itself is believed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .calling import entry_call, run_trusted
from .cases import Case
from .compare import mismatch, same_value, shape_text
from .model import Exercise
from .result import CheckResult
from .support import load_code, quiet


@dataclass
class Context:
    """Everything a check may look at, all computed or received by the parent."""

    exercise: Exercise
    seed: int
    cases: list[Case]
    expected: list[dict]                  # the reference's outputs, per case
    learner: list                         # the learner's CallOutcome per case (None: never ran)
    extra: dict = field(default_factory=dict)   # outcomes of a check's extra calls, by key
    reference: object = None              # the reference module
    driver: object = None                 # the driver module, or None
    timed: bool = True                    # False: judged in-process, so speed is not measured
    private: bool = False                 # True: never quote learner-made text from hidden cases
    memo: dict = field(default_factory=dict)    # mistakes' outcomes, shared by every context of one plan
    reveal_expected: bool = True          # with `private`, False: hidden cases' expected values unquoted
    pictures: bool = False                # draw failed checks (pictures.py): the learner's verdict only,
                                          # never the many evaluations of mistakes during diagnosis
    decoy_expected: list = field(default_factory=list)  # per case: the reference's answer to its decoy
                                                        # call, where it differs from the case's (None)

    def reveals(self, case: Case | None) -> bool:
        """May a message quote the reference's values on `case` (None: a check's own fresh draws,
        which the learner never sees either)? Not on a cohort's hidden cases unless its
        instructor chose so: the discrepancy is told, the expected values are not."""
        return not (self.private and not self.reveal_expected and (case is None or case.hidden))


def run_implementation(ctx: Context, module, calls: list) -> list:
    """Trusted code (the reference, a mistake, the starter) run in this process on the context's
    cases, its warnings silenced: they are not the learner's."""
    ex = ctx.exercise
    with quiet():
        return run_trusted(np, lambda fn: entry_call(ctx.driver, fn, module, ex.entry, ex.returns), ctx.cases, calls)


def case_label(case: Case) -> str:
    """"hidden case 'x' (x: (3, 4) float64; axis=0, conv_param={'stride': 2, 'pad': 1})": the
    shapes and the parameters that decide which code path ran, so an error can be reproduced."""
    from .layout import layout_of

    views = {"transposed": ", a transposed view", "strided": ", a strided view"}
    shapes = ", ".join(f"{k}: {shape_text(v)}{views.get(layout_of(v), '')}"
                       for k, v in case.sent.items() if isinstance(v, np.ndarray))
    scalars = ", ".join(f"{k}={v!r}" for k, v in case.sent.items() if _parameter(v))
    details = "; ".join(p for p in (shapes, scalars) if p)
    kind = "hidden case" if case.hidden else "public example"
    return f"{kind} '{case.name}' ({details})" if details else f"{kind} '{case.name}'"


def _parameter(value) -> bool:
    """A plain number, string or flag, or a small dict of them (conv_param = {stride, pad})."""
    if isinstance(value, dict):
        return 0 < len(value) <= 6 and all(_parameter(v) for v in value.values())
    return isinstance(value, (int, float, str, bool)) and not isinstance(value, np.ndarray)


def error_text(error: dict, exercise: Exercise) -> str:
    """"raised ValueError at line 12 of softmax.py: ...", with plain words for resource errors."""
    where = f" at line {error['line']} of {exercise.filename}" if error.get("line") else ""
    if error["type"] == "MemoryError":
        return f"ran out of memory{where}: the limit is {exercise.limits.memory_bytes >> 20} MiB"
    if error["type"] == "RecursionError":
        return f"recursed too deeply{where} (maximum recursion depth exceeded)"
    message = f": {error['message'].strip()}" if error.get("message") else ""
    return f"raised {error['type']}{where}{message}"


class Check:
    kind = ""

    def __init__(self, options: dict, exercise: Exercise):
        self.options, self.exercise = options or {}, exercise

    def calls(self, cases: list[Case], seed: int) -> list[tuple[str, dict]]:
        """Extra calls for the sandbox, as (key, call) pairs."""
        return []

    def report_inputs(self) -> set:
        return set()

    def evaluate(self, ctx: Context) -> list[CheckResult]:
        raise NotImplementedError

    def selected(self, cases: list[Case]):
        """(index, case) pairs this check looks at: all, only 'public' or 'hidden' ones (`cases`),
        only groups whose name starts with `group`, when given, and none whose name starts
        with `except_group` (inputs near 1e6, where a finite difference loses its digits)."""
        options = self.options if isinstance(self.options, dict) else {}
        which, prefix = options.get("cases", "all"), options.get("group")
        skip = options.get("except_group")
        return [(i, c) for i, c in enumerate(cases)
                if (which == "all" or (which == "hidden") == c.hidden) and (prefix is None or c.name.startswith(prefix))
                and (skip is None or not c.name.startswith(skip))]


class RunsCheck(Check):
    """Implicit first check: every case ran to the end without raising.

    The first error is shown with its traceback; errors of other kinds (another type or
    line) follow in a sentence each, since an overflow on a public example can hide the
    broadcasting error that every hidden case raises.
    """

    kind = "runs"
    OTHERS = 2

    def evaluate(self, ctx: Context) -> list[CheckResult]:
        errors = [(case, ctx.learner[i].error) for i, case in enumerate(ctx.cases)
                  if ctx.learner[i] is not None and ctx.learner[i].error]
        if not errors:
            return [CheckResult("runs without error", True, f"ran on all {len(ctx.cases)} cases")]
        (case, first), seen, others = errors[0], {_error_key(errors[0][1])}, []
        for other_case, error in errors[1:]:
            if _error_key(error) not in seen and len(others) < self.OTHERS:
                seen.add(_error_key(error))
                others.append(f"It also {self.text(ctx, other_case, error)}.")
        trace = f"\n{first['traceback']}" if first.get("traceback") else ""
        also = "".join(f"\n{line}" for line in others)
        count = f" ({len(errors)} of {len(ctx.cases)} cases raised)" if len(errors) > 1 else ""
        return [CheckResult("runs without error", False,
                            f"{self.text(ctx, case, first)}{count}{trace}{also}")]

    def text(self, ctx: Context, case: Case, error: dict) -> str:
        if ctx.private and case.hidden:     # its message could carry the hidden inputs
            error = {**error, "message": "(the message is not shown on hidden cases)"}
        return f"{error_text(error, ctx.exercise)}, on {case_label(case)}"


def _error_key(error: dict) -> tuple:
    return error["type"], error.get("line")


class CloseCheck(Check):
    """Outputs equal the reference's within tolerance, on public and on hidden cases separately.

    Reported in two parts so a learner is told plainly when the examples they can see pass
    and the hidden ones do not.
    """

    kind = "close"

    def evaluate(self, ctx: Context) -> list[CheckResult]:
        rtol, atol = float(self.options.get("rtol", 1e-7)), float(self.options.get("atol", 1e-9))
        names = self.options.get("outputs")
        label = self.options.get("name") or (f"values of {', '.join(names)}" if names else "values")
        results = []
        for hidden in (False, True):
            pairs = [(i, c) for i, c in self.selected(ctx.cases) if c.hidden == hidden]
            if not pairs:
                continue
            scope = "hidden cases" if hidden else "public examples"
            problem, picture = self.first_problem(ctx, pairs, names, rtol, atol)
            results.append(CheckResult(f"{label} on {scope}", problem is None,
                                       problem or f"match the reference on {len(pairs)} {scope}", picture))
        return results

    def first_problem(self, ctx, pairs, names, rtol, atol) -> tuple[str | None, dict | None]:
        """The first mismatch as a sentence, and its heatmap when the context draws pictures."""
        errored = 0
        for i, case in pairs:
            outcome = ctx.learner[i]
            if outcome is None or outcome.error:
                errored += 1
                continue
            for name in names or list(ctx.expected[i]):
                if not isinstance(outcome.outputs, dict) or name not in outcome.outputs:
                    return f"{name} is missing from what your code returned, on {case_label(case)}", None
                problem = mismatch(outcome.outputs[name], ctx.expected[i][name], rtol, atol,
                                   self.options.get("up_to"), reveal=ctx.reveals(case))
                if problem:
                    return f"{name} {problem}, on {case_label(case)}", \
                        self.picture(ctx, outcome.outputs[name], ctx.expected[i][name], name, case, rtol, atol)
        if errored:
            return (f"could not be checked on {errored} case(s) where your code raised an error or did not "
                    "return (the first error is shown above)"), None
        return None, None

    def picture(self, ctx, got, expected, name, case, rtol, atol) -> dict | None:
        """Where `name` is off on this case: a heatmap of the relative error, with the floor
        atol / rtol under which the tolerance is absolute. Values known only up to a sign are
        aligned first, as the comparison aligned them. Relative errors reveal no expected value."""
        if not ctx.pictures or not isinstance(got, np.ndarray) or not isinstance(expected, np.ndarray):
            return None
        from .compare import align
        from .pictures import heatmap

        if got.shape == expected.shape and got.dtype.kind in "biuf":
            got = align(got.astype(np.float64), expected.astype(np.float64), self.options.get("up_to"))
        floor = atol / rtol if rtol > 0 else max(atol, 1e-300)
        return heatmap(got, expected, floor, f"relative error of {name}, {case.name}")


class UnmodifiedCheck(Check):
    """The learner's function leaves its input arrays as they were (no in-place edits)."""

    kind = "unmodified"

    def names(self) -> list:
        return self.options if isinstance(self.options, list) else self.options.get("inputs", [])

    def report_inputs(self) -> set:
        return set(self.names())

    def evaluate(self, ctx: Context) -> list[CheckResult]:
        for i, case in self.selected(ctx.cases):
            outcome = ctx.learner[i]
            if outcome is None or outcome.error:
                continue
            for name in self.names():
                after = outcome.inputs_after.get(name)
                before = case.inputs.get(name)
                if isinstance(before, np.ndarray) and not same_value(before, after):
                    return [CheckResult("inputs left unmodified", False,
                                        f"your code changed its input '{name}' in place, on {case_label(case)}; "
                                        "compute into a new array (x = x - m, not x -= m)")]
                if isinstance(before, (dict, list)) and not same_value(before, after):
                    return [CheckResult("inputs left unmodified", False,
                                        f"your code changed the {type(before).__name__} '{name}' it was given, on "
                                        f"{case_label(case)}: the caller reuses it for the next call; read from it, "
                                        "and keep what you derive in variables of your own")]
        return [CheckResult("inputs left unmodified", True, "no input was changed in place")]


class NewArraysCheck(Check):
    """The named outputs are new arrays: none of them is an input (or a view of one), and
    no two share memory. A returned input is changed by whoever changes the result, and two
    results sharing memory change together, bugs that show far from where they were made."""

    kind = "new_arrays"
    NAME = "outputs are new arrays"

    def names(self) -> list:
        return self.options if isinstance(self.options, list) else self.options.get("outputs", [])

    def evaluate(self, ctx: Context) -> list[CheckResult]:
        for i, case in self.selected(ctx.cases):
            outcome = ctx.learner[i]
            if outcome is None or outcome.error:
                continue
            for output, other in outcome.aliases:
                if output.split("[")[0] in self.names() or other.split("[")[0] in self.names():
                    what = f"the input '{other}'" if other.split("[")[0] in case.inputs else f"your '{other}'"
                    return [CheckResult(self.NAME, False,
                                        f"your '{output}' shares its memory with {what} on {case_label(case)}: "
                                        "whoever later changes one changes the other. Return a new array "
                                        "(np.copy, or an expression that computes one)")]
        return [CheckResult(self.NAME, True, f"{', '.join(self.names())}: new arrays on every case")]


class CustomCheck(Check):
    """A property written by the author: `fn(inputs, outputs, expected) -> None or a message`."""

    kind = "custom"

    def evaluate(self, ctx: Context) -> list[CheckResult]:
        module = load_code(self.exercise.support[self.options.get("support", 0)], "support")
        fn = getattr(module, self.options["function"])
        name = self.options.get("name", self.options["function"].replace("_", " "))
        checked = 0
        for i, case in self.selected(ctx.cases):
            outcome = ctx.learner[i]
            if outcome is None or outcome.error:
                continue
            checked += 1
            problem = fn(case.inputs, outcome.outputs, ctx.expected[i])
            if problem:
                return [CheckResult(name, False, f"{problem}, on {case_label(case)}",
                                    self.picture(ctx, module, case, outcome.outputs, ctx.expected[i]))]
        if not checked:
            return [CheckResult(name, False, "could not be checked: your code did not return on any case")]
        return [CheckResult(name, True, "holds on every case")]

    def picture(self, ctx, module, case, outputs, expected) -> dict | None:
        """What the support file draws for this check, if it draws anything: a function
        `picture_<function>(inputs, outputs, expected)`, else `picture(...)`, returning a
        picture (pictures.py) or None. On a server, hidden cases get none: a reference's
        curve or a target distribution would show expected values."""
        if not ctx.pictures or (ctx.private and case.hidden):
            return None
        draw = getattr(module, f"picture_{self.options['function']}", None) or getattr(module, "picture", None)
        return draw(case.inputs, outputs, expected) if draw else None


def measures(exercise: Exercise, case: Case, outputs) -> dict:
    """What the custom checks measure on one case's outputs: {function: (value, tolerance)}.

    A support file may define `measure_<function>(inputs, outputs)` beside a check function,
    returning the measured quantity and its statistical tolerance (or None). Diagnosis then
    names a mistake only when the learner's measurement is near the mistake's: a keep rate
    near 1 - p, not merely a wrong one.
    """
    found = {}
    for spec in exercise.checks:
        if spec.kind != "custom":
            continue
        module = load_code(exercise.support[spec.options.get("support", 0)], "support")
        measure = getattr(module, f"measure_{spec.options['function']}", None)
        value = measure(case.inputs, outputs) if measure else None
        if value is not None:
            found[spec.options["function"]] = value
    return found
