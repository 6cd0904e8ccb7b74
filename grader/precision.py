"""Float32 rounding as a diagnosis of its own.

A learner who computes in float32 (an array made with dtype=np.float32, a float32 constant,
a `.astype(np.float32)`) writes the right formula and fails at the seventh significant digit.
Told only "|difference| 1.1e-07, allowed 1e-10 + 1e-07·|expected|", they hunt for a bug in
the math that is not there.

The premise, tested on this attempt, value by value: every wrong value is finite and of the
right shape, and its error is of the size float32 rounding makes there, measured by running
the reference itself on the same inputs cast to float32 (at most 10 times that error, or a
relative 1e-6: a few roundings of any float32 formula; for an output returned as float32,
1e-4). And float32 is really what happened: the output is a float32 array, or the reference
in float32 fails the same check and the learner is wrong on at least half of the values the
reference in float32 gets wrong (code right everywhere but near 10^6 lost digits otherwise).
A fault in the math (an epsilon of 1e-8 where 1e-5 is asked, say) is far larger than
float32's own rounding on ordinary values and stays unexplained.
"""
from __future__ import annotations

import dataclasses

import numpy as np

from .checks import run_implementation
from .compare import mismatch
from .result import Diagnosis

FLOAT32_RELATIVE = 1e-4   # an error float32 rounding explains in a float32 output, relative to its size
ROUNDING_SPREAD = 10      # how much larger than the reference's own float32 error a learner's may be
FLOAT32_FLOOR = 1e-6      # a few float32 roundings (2**-23 each) that any float32 formula may make
HINT = ("{name} is right to float32 precision (off by at most {error:.1e} of its size) but not to the "
        "float64 precision the checks ask for{dtype}. Float32 keeps about 7 significant digits, "
        "float64 about 16, and every operation rounds to that: look for an array made with "
        "dtype=np.float32, an .astype(np.float32), or a np.float32(...) constant, and compute in "
        "float64, NumPy's default.")


def float32_rounding(ctx, rtol: float, atol: float) -> tuple:
    """The float32 diagnosis when its premise holds on this attempt, else ()."""
    wrong = _wrong_values(ctx, rtol, atol)
    if not wrong:
        return ()
    as32 = [(i, name) for i, name, got, _ in wrong if np.asarray(got).dtype in (np.float32, np.float16)]
    in32 = _reference_in_float32(ctx)
    for i, name, got, expected in wrong:
        error = _relative_error(got, expected)
        theirs = _relative_error(in32[i].outputs[name], expected) if _ran(in32, i, name, expected) else 0.0
        allowed = max(ROUNDING_SPREAD * theirs, FLOAT32_FLOOR, FLOAT32_RELATIVE if as32 else 0.0)
        if error > allowed:
            return ()
    if not as32 and not _wrong_where_float32_is(ctx, in32, {(i, name) for i, name, _, _ in wrong}, rtol, atol):
        return ()
    name = (as32 or wrong)[0][1]
    worst = max(_relative_error(got, expected) for _, _, got, expected in wrong)
    dtype = " (it is returned as float32)" if as32 else ""
    return (Diagnosis("float32-precision", HINT.format(name=name, error=worst, dtype=dtype), generic=True),)


def _wrong_where_float32_is(ctx, in32: list, wrong: set, rtol, atol) -> bool:
    """The reference in float32 fails the check where the learner does, and the learner is wrong
    on at least half of the values it gets wrong: float32 rounding shows wherever it is large
    enough to fail. Code right on every ordinary case and wrong only where values sit near
    10^6 lost digits some other way."""
    failing = {(i, name) for i, expected in enumerate(ctx.expected) for name, value in expected.items()
               if _ran(in32, i, name, value)
               and mismatch(np.asarray(in32[i].outputs[name], dtype=np.float64), value, rtol, atol)}
    shared = failing & wrong
    return bool(shared) and 2 * len(shared) >= len(failing)


def _ran(outcomes, i: int, name, expected) -> bool:
    ran = outcomes[i] if outcomes else None
    return ran is not None and not ran.error and isinstance(ran.outputs, dict) and \
        _finite_like(ran.outputs.get(name), expected)


def _wrong_values(ctx, rtol, atol) -> list | None:
    """[(case, output, got, expected)] of every wrong numeric output; None when some wrong
    outcome is not a finite array of the expected shape (an error, a missing key, NaN)."""
    wrong = []
    for i, expected in enumerate(ctx.expected):
        outcome = ctx.learner[i]
        if outcome is None:
            continue
        if outcome.error or not isinstance(outcome.outputs, dict):
            return None
        for name, value in expected.items():
            if name not in outcome.outputs:
                return None
            got = outcome.outputs[name]
            try:
                if mismatch(got, value, rtol, atol) is None:
                    continue
            except (TypeError, ValueError):
                return None
            if not _finite_like(got, value):
                return None
            wrong.append((i, name, got, value))
    return wrong


def _finite_like(got, expected) -> bool:
    try:
        g, e = np.asarray(got), np.asarray(expected)
    except (TypeError, ValueError):
        return False
    return g.dtype.kind == "f" and e.dtype.kind == "f" and g.shape == e.shape and bool(np.all(np.isfinite(g)))


def _relative_error(got, expected) -> float:
    e = np.asarray(expected, dtype=np.float64)
    scale = float(np.max(np.abs(e))) if e.size else 0.0
    diff = float(np.max(np.abs(np.asarray(got, dtype=np.float64) - e))) if e.size else 0.0
    return diff / scale if scale > 0 else float("inf") if diff else 0.0


def _reference_in_float32(ctx) -> list:
    """The reference's outcomes on the same inputs cast to float32: how far float32 rounding
    alone moves each output on this attempt's cases."""
    if ctx.reference is None:
        return []
    cases = [dataclasses.replace(c, inputs=_as_float32(c.inputs)) for c in ctx.cases]
    calls = [{"fn": "run", "case": i} for i in range(len(cases))]
    return run_implementation(dataclasses.replace(ctx, cases=cases), ctx.reference, calls)


def _as_float32(value):
    if isinstance(value, np.ndarray) and value.dtype == np.float64:
        return value.astype(np.float32)
    if isinstance(value, dict):
        return {k: _as_float32(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_float32(v) for v in value]
    return value
