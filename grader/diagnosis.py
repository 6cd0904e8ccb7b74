"""Naming what went wrong: the step that makes mlfun a teacher and not a judge.

First the exercise's named mistakes: each is a small wrong implementation, run here (in
the trusted parent) on exactly the learner's inputs. A mistake is named when the learner's
outcome agrees with it on every case: same outputs within the exercise's tolerance, or
the same exception. Exercises graded by properties (random masks, statistics) match on
the set of failed checks instead (`diagnose_by: checks`).

When no named mistake fits, generic diagnoses look at the first wrong output: a constant
factor (and which one: a size of an input axis?), a sign flip, a transpose, a wrong axis,
a missing reshape or sum, NaN or inf on large inputs, and "right on the public examples
only". A correct but differently written solution never reaches this module: it passed.
"""
from __future__ import annotations

import numpy as np

from .calling import entry_call, run_trusted
from .checks import Context
from .compare import mismatch, same_outcome
from .result import Diagnosis
from .support import load_code


def diagnose(ctx: Context, calls: list, failed_checks: set, evaluate, rtol: float, atol: float,
             up_to: str | None = None) -> tuple:
    named = tuple(Diagnosis(m.id, m.hint)
                  for m in matching_mistakes(ctx, calls, failed_checks, evaluate, rtol, atol, up_to))
    if named or ctx.exercise.diagnose_by != "outputs":
        return named
    return generic(ctx, rtol, atol)


def matching_mistakes(ctx: Context, calls: list, failed_checks: set, evaluate, rtol, atol, up_to=None) -> list:
    return [m for m in ctx.exercise.mistakes
            if any(_matches(ctx, variant, calls, failed_checks, evaluate, rtol, atol, up_to) for variant in m.variants)]


def _matches(ctx: Context, code, calls, failed_checks, evaluate, rtol, atol, up_to) -> bool:
    if ctx.exercise.diagnose_by == "checks":
        return evaluate(mistake_outcomes(ctx, code, calls)) == failed_checks
    outcomes = mistake_outcomes(ctx, code, calls[:len(ctx.cases)])   # outputs only
    return all(_agree(ctx.learner[i], outcomes[i], rtol, atol, up_to) for i in range(len(ctx.cases)))


def mistake_outcomes(ctx: Context, code, calls: list) -> list:
    """A mistake's outcomes on these cases, run once per plan (ctx.memo is the plan's): author
    check compares every mistake with every other on each seed, and some of them train networks."""
    key = (code.source, len(calls))
    if key not in ctx.memo:
        ctx.memo[key] = run_implementation(ctx, load_code(code, "mistake"), calls)
    return ctx.memo[key]


def run_implementation(ctx: Context, module, calls: list) -> list:
    ex = ctx.exercise
    return run_trusted(np, lambda fn: entry_call(ctx.driver, fn, module, ex.entry, ex.returns), ctx.cases, calls)


# Errors that are the same mistake written differently: np.exp overflowing under the
# grader's errstate, math.exp overflowing, or math.exp underflowing to 0 and then dividing
# by it, are all the same numerical breakdown.
NUMERIC = {"FloatingPointError", "OverflowError", "ZeroDivisionError"}


def error_kind(error: dict) -> str:
    """An error's kind for matching; `math.log(0)` ("math domain error") is a numeric breakdown too."""
    if error["type"] in NUMERIC or (error["type"] == "ValueError" and "math domain error" in error.get("message", "")):
        return "numeric breakdown"
    return error["type"]


def _agree(learner, mistake, rtol: float, atol: float, up_to: str | None = None) -> bool:
    if learner is None:
        return False
    if learner.error or mistake.error:
        return bool(learner.error and mistake.error and error_kind(learner.error) == error_kind(mistake.error))
    return same_outcome(learner.outputs, mistake.outputs, rtol, atol, up_to)


GENERIC_HINTS = {
    "overflow-on-large-inputs": (
        "Your code gives {what} on {case}, whose inputs are large, and is right on ordinary ones. "
        "exp(x) overflows float64 past x ≈ 709: rewrite the formula so that only differences from "
        "the maximum are exponentiated, or use an identity that keeps every intermediate finite."),
    "sign-flip": "{name} has the right magnitude everywhere but the opposite sign: check the sign "
                 "of each term, e.g. a derivative of -f, or subtracting in the wrong order.",
    "constant-factor": "{name} is off by a constant factor: it is {factor} the expected value{why}. "
                       "The shape of the computation is right; look for a missing or extra division "
                       "or multiplication.",
    "transposed": "{name} holds the right numbers, transposed: check the order of the axes "
                  "(which index is rows, which is columns) or an operand order in a product.",
    "wrong-axis": "{name} equals the right computation done along axis {axis}: "
                  "reduce along the axis the function is given (keepdims=True keeps it broadcastable).",
    "missing-reshape": "{name} has the right number of elements but shape {got} instead of {expected}: "
                       "reshape it (e.g. to the shape of the input it is the gradient of).",
    "missing-sum": "{name} has an extra axis: summing your result over axis {axis} gives the right "
                   "answer. A quantity broadcast over that axis in the forward pass must be summed "
                   "over it in the backward pass.",
    "public-only": "Your code is right on the public examples but not on hidden cases. Hidden cases "
                   "are larger and more varied: other shapes (every axis a different size), "
                   "non-contiguous arrays, extreme values, more steps. Look for what the small "
                   "examples do not exercise: a hard-coded size or axis, an assumption about the "
                   "input, or a formula that agrees with the statement's only in special cases.",
}


def generic(ctx: Context, rtol: float, atol: float) -> tuple:
    found = []
    first = _first_wrong(ctx, rtol, atol)
    if first is not None:
        i, name, got, expected = first
        found += _explain(ctx, i, name, got, expected, rtol, atol)
    overflow = _overflow(ctx)
    if overflow and not any(d.mistake == "overflow-on-large-inputs" for d in found):
        found.append(overflow)
    if _public_only(ctx, rtol, atol):
        found.append(_generic("public-only"))
    return tuple(found)


def _generic(mistake: str, **details) -> Diagnosis:
    return Diagnosis(mistake, GENERIC_HINTS[mistake].format(**details), generic=True)


def _first_wrong(ctx: Context, rtol, atol):
    for i, case in enumerate(ctx.cases):
        outcome = ctx.learner[i]
        if outcome is None or outcome.error or not isinstance(outcome.outputs, dict):
            continue
        for name, expected in ctx.expected[i].items():
            got = outcome.outputs.get(name)
            if got is not None and mismatch(got, expected, rtol, atol) is not None:
                return i, name, got, expected
    return None


def _explain(ctx, i, name, got, expected, rtol, atol) -> list:
    if not (isinstance(got, (np.ndarray, float, int)) and isinstance(expected, (np.ndarray, float, int))):
        return []
    g, e = np.asarray(got, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    case = ctx.cases[i]
    if g.shape != e.shape:
        return _shape_diagnosis(name, g, e, rtol, atol)
    if not np.all(np.isfinite(g)) and np.all(np.isfinite(e)):
        what = "NaN" if np.isnan(g).any() else "inf"
        return [_generic("overflow-on-large-inputs", what=what, case=f"'{case.name}'")] if _large(case) else []
    if _close(g, -e, rtol, atol) and np.abs(e).max() > 0:
        return [_generic("sign-flip", name=name)]
    if g.ndim == 2 and g.shape[0] == g.shape[1] and _close(g.T, e, rtol, atol):
        return [_generic("transposed", name=name)]
    factor = _constant_factor(g, e)
    if factor is not None:
        return [_generic("constant-factor", name=name, factor=_factor_text(factor), why=_factor_reason(factor, case))]
    axis = _wrong_axis(ctx, i, name, got, rtol, atol)
    return [_generic("wrong-axis", name=name, axis=axis)] if axis is not None else []


def _shape_diagnosis(name, g, e, rtol, atol) -> list:
    if g.shape == e.shape[::-1] and _close(g.T, e, rtol, atol):
        return [_generic("transposed", name=name)]
    if g.size == e.size:
        return [_generic("missing-reshape", name=name, got=g.shape, expected=e.shape)]
    if g.ndim == e.ndim + 1:
        for axis in range(g.ndim):
            if g.sum(axis=axis).shape == e.shape and _close(g.sum(axis=axis), e, rtol, max(atol, 1e-8)):
                return [_generic("missing-sum", name=name, axis=axis)]
    return []


def _close(a, b, rtol, atol) -> bool:
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=max(rtol, 1e-9), atol=max(atol, 1e-12)))


def _constant_factor(g: np.ndarray, e: np.ndarray) -> float | None:
    mask = np.abs(e) > 1e-9 * max(np.abs(e).max(), 1e-300)
    if mask.sum() < 2 or not np.all(np.isfinite(g)):
        return None                      # one number is always "a constant factor" of another
    ratios = g[mask] / e[mask]
    factor = float(np.median(ratios))
    if factor == 0 or abs(factor - 1) < 1e-6 or not np.allclose(ratios, factor, rtol=1e-6):
        return None
    return factor if np.allclose(g[~mask], 0, atol=1e-12) else None


def _factor_text(factor: float) -> str:
    if abs(factor) >= 1:
        return f"{_fmt(factor)} times"
    return f"1/{_fmt(1 / factor)} of"


def _fmt(x: float) -> str:
    return f"{round(x)}" if abs(x - round(x)) < 1e-6 else f"{x:.4g}"


def _factor_reason(factor: float, case) -> str:
    """Name the axis whose size the factor equals: the usual cause is a missing or extra mean."""
    for value in (factor, 1 / factor):
        if abs(value - round(value)) > 1e-6 or round(value) < 2:
            continue
        for input_name, array in case.inputs.items():
            for axis, size in enumerate(np.shape(array)):
                if size == round(value):
                    return (f", and {round(value)} is the size of axis {axis} of '{input_name}': "
                            "a sum where a mean belongs, or a mean where a sum belongs")
    return ""


def _wrong_axis(ctx: Context, i: int, name: str, got, rtol, atol):
    case = ctx.cases[i]
    if "axis" not in case.inputs or not isinstance(got, np.ndarray):
        return None
    ex = ctx.exercise
    reference = entry_call(ctx.driver, "run", ctx.reference, ex.entry, ex.returns)
    for axis in range(-got.ndim, got.ndim):
        if axis in (case.inputs["axis"], case.inputs["axis"] + got.ndim, case.inputs["axis"] - got.ndim):
            continue
        inputs = dict(case.sent, axis=axis)
        try:
            with np.errstate(all="ignore"):
                other = reference(inputs)[name]
        except Exception:    # noqa: BLE001 - the alternative axis may simply not apply
            continue
        if np.shape(other) == got.shape and _close(np.asarray(got, float), np.asarray(other, float), rtol, atol):
            return axis
    return None


def _large(case) -> bool:
    arrays = [v for v in case.inputs.values() if isinstance(v, np.ndarray) and v.dtype.kind == "f" and v.size]
    return case.errstate == "raise" or any(np.abs(a).max() > 100 for a in arrays)


def _overflow(ctx: Context) -> Diagnosis | None:
    for i, case in enumerate(ctx.cases):
        outcome = ctx.learner[i]
        if outcome is not None and outcome.error and error_kind(outcome.error) == "numeric breakdown" and _large(case):
            return _generic("overflow-on-large-inputs", what=f"a floating-point error "
                            f"({outcome.error['message']})", case=f"'{case.name}'")
    return None


def _public_only(ctx: Context, rtol, atol) -> bool:
    def right(i):
        outcome = ctx.learner[i]
        return (outcome is not None and not outcome.error
                and mismatch(outcome.outputs, ctx.expected[i], rtol, atol) is None)
    public = [i for i, c in enumerate(ctx.cases) if not c.hidden]
    hidden = [i for i, c in enumerate(ctx.cases) if c.hidden]
    return bool(public) and all(right(i) for i in public) and not all(right(i) for i in hidden)
