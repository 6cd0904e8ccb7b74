"""Generic diagnoses: explanations that apply to any exercise, each checked on this attempt
before it speaks.

Every candidate has a premise that is tested on the learner's own outcomes: "off by a
constant factor" only when every element has the same ratio; "overflow on large inputs"
only when every ordinary case is right and a large case is non-finite where the reference
is finite; "a reduction lost its axis" only when the broadcasting error's shapes differ by
exactly one removed axis. A candidate whose premise fails is silent and the next is tried:
a wrong answer to a learner who trusts it is worse than no answer.

Order: explanations of a wrong finite output first (sign, transpose, factor, wrong axis,
shape), then broadcasting errors, then numerical stability, and "right on the public
examples only" last, when nothing more specific was found.
"""
from __future__ import annotations

import re

import numpy as np

from .calling import entry_call
from .checks import Context
from .compare import mismatch
from .contract import values_only
from .precision import float32_rounding
from .result import Diagnosis

GENERIC_HINTS = {
    "overflow-on-large-inputs": (
        "Your code is right on every ordinary case but gives {what} on {case}, whose inputs are "
        "large, where the answer is finite. exp(x) overflows float64 past x ≈ 709: rewrite the "
        "formula so that only differences from the maximum are exponentiated, or use an identity "
        "that keeps every intermediate finite."),
    "underflow-on-large-inputs": (
        "Your code is right on every ordinary case but gives {what} on {case}, whose inputs are "
        "large, where the answer is finite. Every term of some sum of exponentials became 0 "
        "(e^x underflows to 0 in float64 below x ≈ -745), and that 0 was then divided by or "
        "logged. A shift keeps the largest term of a sum at e^0 = 1 only when it is the maximum "
        "of the very slice that sum runs over: a maximum over the whole array, or along another "
        "axis, leaves slices whose every entry lies far below it."),
    "non-finite-on-large-inputs": (
        "Your code is right on every ordinary case but gives {what} on {case}, whose inputs are "
        "large, where the answer is finite. Some intermediate leaves the range of float64 "
        "(about 1e-308 to 1e308): look for an exponential, a square or a product of large "
        "numbers, or a difference of two huge nearly equal numbers, and rearrange the formula "
        "so that every intermediate stays of the size of the answer."),
    "missing-keepdims": (
        "On {case} your code combines an array of shape {full} with one of shape {reduced}: "
        "that is {full} with axis {axis} removed, the shape a reduction along axis {axis} "
        "leaves. NumPy aligns shapes from the right, so the reduced array no longer lines up "
        "with the axis it was reduced along (it fails, or silently pairs the wrong entries "
        "when sizes happen to agree). Keep the reduced axis with keepdims=True (shape "
        "{kept}), so it broadcasts back along exactly that axis."),
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
    "zero-setting-ignored": (
        "Your code is right on every case except where a setting is exactly 0 ({settings}, on "
        "{case}). 0 is a value like any other: a momentum or beta of 0 means no averaging, an "
        "epsilon of 0 means none is added. A default written `config.get('k') or default`, or "
        "a test `if config.get('k'):`, reads 0 as \"not given\" and puts the default in its "
        "place. Ask whether the setting is there: `config.get('k', default)`, "
        "`config.setdefault('k', default)`, or `if value is None:`."),
    "size-one-axis": (
        "Your code is right on every case except where an axis has size 1 ({dims}, on {case}). "
        "Size 1 is where NumPy's conveniences change meaning: `.squeeze()` without an axis "
        "removes every size-1 axis, not only the one you meant, and broadcasting silently "
        "stretches a size-1 axis to match another array, so shapes that should differ (or "
        "be refused) combine without an error. Name the axis you squeeze or sum, and check "
        "shapes yourself where the statement asks for it."),
    "cancellation-on-offset-inputs": (
        "Your code is right on every ordinary case but not on {case}, whose values lie near "
        "{size} and vary by only about {spread}. A formula such as E[x²] − (E[x])², or "
        "XᵀX / N − μμᵀ, subtracts two numbers of about {square} that agree in their leading "
        "digits: float64 keeps 16 significant digits, so what is left of the difference is "
        "mostly rounding error (catastrophic cancellation). Subtract the mean first, then "
        "square or multiply: the centred values are small, and keep every digit."),
    "stale-result": (
        "On {case} your function returned exactly what it returned for the call before, which "
        "had other values in arrays of the same shapes (the grader calls your function on "
        "another case first, the way real code calls it many times). A result kept in the "
        "module (a cache keyed on the shapes, on `id()` of an array, or on nothing) is handed "
        "out again for inputs it was never computed from. Compute from the values you are "
        "given on every call; if you must cache, the key has to be the values themselves."),
    "public-only": "Your code is right on the public examples but not on hidden cases. Hidden cases "
                   "are larger and more varied: other shapes (every axis a different size), "
                   "non-contiguous arrays, extreme values, more steps. Look for what the small "
                   "examples do not exercise: a hard-coded size or axis, an assumption about the "
                   "input, or a formula that agrees with the statement's only in special cases.",
}

# Errors that are the same mistake written differently: np.exp overflowing under the
# grader's errstate, math.exp overflowing, or math.exp underflowing to 0 and then dividing
# by it, are all the same numerical breakdown.
NUMERIC = {"FloatingPointError", "OverflowError", "ZeroDivisionError"}


def error_kind(error: dict) -> str:
    """An error's kind for matching; `math.log(0)` ("math domain error") is a numeric breakdown too."""
    if error["type"] in NUMERIC or (error["type"] == "ValueError" and "math domain error" in error.get("message", "")):
        return "numeric breakdown"
    return error["type"]


def generic(ctx: Context, rtol: float, atol: float) -> tuple:
    """Every candidate whose premise holds on this attempt; "public only" when nothing else spoke.
    Lost digits first (a difference of two huge numbers where values sit near 10^6, or float32
    rounding): each explains every wrong value at once, and nothing else should."""
    stale = _stale(ctx, rtol, atol)
    if stale:
        return stale
    rounding = _cancellation(ctx, rtol, atol) or float32_rounding(ctx, rtol, atol)
    if rounding:
        return tuple(rounding)
    edge = _edge_only(ctx, rtol, atol)
    if edge:
        return edge
    found = []
    for candidate in (_first_wrong_explained, _lost_axis, _stability):
        found += candidate(ctx, rtol, atol)
    if not found and _public_only(ctx, rtol, atol):
        found.append(_generic("public-only"))
    return tuple(found)


def _stale(ctx: Context, rtol, atol) -> tuple:
    """Wrong where the learner handed out the decoy call's answer: its reported outputs are
    bit for bit its decoy's (stateful.decoy_first), and they are the right answer to the
    decoy's values, not to the case's. The second condition keeps a stateless wrong program
    whose answer barely depends on the values (a p-value of 1 either way) from being told
    it kept state. The first such case is named."""
    decoys = ctx.decoy_expected or [None] * len(ctx.cases)
    for i, case in enumerate(ctx.cases):
        outcome = ctx.learner[i]
        if outcome is not None and outcome.stale and decoys[i] is not None and not right(ctx, i, rtol, atol) \
                and mismatch(values_only(outcome.outputs), values_only(decoys[i]), rtol, atol) is None:
            return (_generic("stale-result", case=f"'{case.name}'"),)
    return ()


def _generic(mistake: str, **details) -> Diagnosis:
    return Diagnosis(mistake, GENERIC_HINTS[mistake].format(**details), generic=True)


def right(ctx: Context, i: int, rtol: float, atol: float) -> bool:
    """The learner's outcome on case i matches the reference's."""
    outcome = ctx.learner[i]
    return (outcome is not None and not outcome.error
            and mismatch(outcome.outputs, ctx.expected[i], rtol, atol) is None)


# --- a wrong finite output ---------------------------------------------------------------

def _first_wrong_explained(ctx: Context, rtol, atol) -> list:
    """Explain the first wrong output that is finite and can be explained (a non-finite one is a
    stability question); then a number wrong by the size of an axis on every case."""
    tried = set()
    for i, case in enumerate(ctx.cases):
        outcome = ctx.learner[i]
        if outcome is None or outcome.error or not isinstance(outcome.outputs, dict):
            continue
        for name, expected in ctx.expected[i].items():
            got = outcome.outputs.get(name)
            if got is None or name in tried or mismatch(got, expected, rtol, atol) is None \
                    or _breaks_down(got, expected):
                continue
            explained = _explain(ctx, i, name, got, expected, rtol, atol)
            if explained and _holds_on_every_case(ctx, name, explained[0].mistake, rtol, atol):
                return explained
            if _informative(expected):      # a case with two numbers to compare said no
                tried.add(name)
    return _size_factor(ctx, rtol, atol)


def _holds_on_every_case(ctx: Context, name, kind: str, rtol, atol) -> bool:
    """A sign or factor seen on one case must be seen on every case where this output is wrong
    and has two numbers to compare: one step of a run is no evidence for the run."""
    if kind not in ("sign-flip", "constant-factor"):
        return True
    for i, expected in enumerate(ctx.expected):
        outcome = ctx.learner[i]
        if outcome is None or outcome.error or not isinstance(outcome.outputs, dict) or name not in expected:
            continue
        got, e = outcome.outputs.get(name), expected[name]
        if got is None or mismatch(got, e, rtol, atol) is None or not (_numeric(got) and _informative(e)) \
                or np.shape(got) != np.shape(e):
            continue
        found = _value_diagnosis(ctx, i, name, np.asarray(got, dtype=np.float64), np.asarray(e, dtype=np.float64),
                                 rtol, atol)
        if not found or found[0].mistake != kind:
            return False
    return True


def _informative(expected) -> bool:
    """A numeric array with two nonzero numbers at least (a list of arrays is none)."""
    return _numeric(expected) and np.count_nonzero(np.asarray(expected, dtype=float)) >= 2


def _size_factor(ctx: Context, rtol, atol) -> list:
    """A single number (a loss) that is, on every case where it is wrong, the expected one times
    (or divided by) the size of the same axis of the same input: a sum where a mean belongs.
    One number alone is always some factor of another; the same axis on every case is not."""
    for name in ctx.expected[0] if ctx.expected else ():
        ratios = []
        for i, outputs in enumerate(ctx.expected):
            got, expected = _number(ctx.learner[i], name), outputs.get(name)
            if got is None or not _numeric(expected) or np.ndim(expected) or not np.isfinite(got):
                continue
            if mismatch(got, expected, rtol, atol) is not None and expected != 0 and got != 0:
                ratios.append((i, got / float(expected)))
        if len(ratios) < 2:
            continue
        for inverse in (False, True):
            sizes = [1 / r if inverse else r for _, r in ratios]
            axis = _same_axis(ctx, [i for i, _ in ratios], sizes)
            if axis:
                factor = "1/N of" if inverse else "N times"
                return [_generic("constant-factor", name=name, factor=factor,
                                 why=f", where N is the size of axis {axis[1]} of '{axis[0]}' on every case: a "
                                     "sum where a mean belongs, or a mean where a sum belongs")]
    return []


def _axis_size(array, axis: int) -> int | None:
    return array.shape[axis] if isinstance(array, np.ndarray) and axis < array.ndim else None


def _number(outcome, name):
    if outcome is None or outcome.error or not isinstance(outcome.outputs, dict):
        return None
    got = outcome.outputs.get(name)
    return float(got) if _numeric(got) and np.ndim(got) == 0 else None


def _same_axis(ctx: Context, cases: list, sizes: list):
    """(input, axis) whose size equals the given number on each of these cases, if one does."""
    first = ctx.cases[cases[0]]
    for input_name, array in first.sent.items():
        if not isinstance(array, np.ndarray):
            continue
        for axis in range(array.ndim):
            if all(_axis_size(ctx.cases[i].sent.get(input_name), axis) == round(size)
                   and abs(size - round(size)) < 1e-6 * size for i, size in zip(cases, sizes)):
                return input_name, axis
    return None


def _numeric(value) -> bool:
    return isinstance(value, (np.ndarray, float, int, np.number)) and not isinstance(value, bool) \
        and np.asarray(value).dtype.kind in "fiu"


def _breaks_down(got, expected) -> bool:
    """Non-finite where the reference is finite (same shape)."""
    if not (_numeric(got) and _numeric(expected)) or np.shape(got) != np.shape(expected):
        return False
    g, e = np.asarray(got, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    return bool(np.any(~np.isfinite(g) & np.isfinite(e)))


def _explain(ctx, i, name, got, expected, rtol, atol) -> list:
    if not (_numeric(got) and _numeric(expected)):
        return []
    g, e = np.asarray(got, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    explained = (_shape_diagnosis(name, g, e, rtol, atol) if g.shape != e.shape
                 else _value_diagnosis(ctx, i, name, g, e, rtol, atol))
    if explained:
        return explained
    axis = _wrong_axis(ctx, i, name, got, rtol, atol)       # another axis gives another shape too
    return [_generic("wrong-axis", name=name, axis=axis)] if axis is not None else []


def _value_diagnosis(ctx, i, name, g, e, rtol, atol) -> list:
    """Sign, transpose or constant factor: each checked element by element on this case."""
    if _close(g, -e, rtol, atol) and np.abs(e).max() > 0:
        return [_generic("sign-flip", name=name)]
    if g.ndim == 2 and g.shape[0] == g.shape[1] and _close(g.T, e, rtol, atol):
        return [_generic("transposed", name=name)]
    factor = _constant_factor(g, e)
    if factor is not None:
        return [_generic("constant-factor", name=name, factor=_factor_text(factor),
                         why=_factor_reason(factor, ctx.cases[i]))]
    return []


def _shape_diagnosis(name, g, e, rtol, atol) -> list:
    if g.shape == e.shape[::-1] and _close(g.T, e, rtol, atol):
        return [_generic("transposed", name=name)]
    if g.size == e.size:
        return [reshape_note(name, g.shape, e.shape)]
    if g.ndim == e.ndim + 1:
        for axis in range(g.ndim):
            if g.sum(axis=axis).shape == e.shape and _close(g.sum(axis=axis), e, rtol, max(atol, 1e-8)):
                return [_generic("missing-sum", name=name, axis=axis)]
    return []


def reshape_note(name: str, got: tuple, expected: tuple) -> Diagnosis:
    return _generic("missing-reshape", name=name, got=got, expected=expected)


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
    """The axis along which the reference gives the learner's output, if any other does."""
    case = ctx.cases[i]
    if "axis" not in case.inputs or not isinstance(got, np.ndarray):
        return None
    ex = ctx.exercise
    reference = entry_call(ctx.driver, "run", ctx.reference, ex.entry, ex.returns)
    given = case.inputs["axis"]
    ndim = max(np.ndim(v) for v in case.sent.values() if isinstance(v, np.ndarray))   # the input's axes
    if not isinstance(given, int):
        return None
    for axis in range(-ndim, ndim):
        if axis % ndim == given % ndim:
            continue
        try:
            with np.errstate(all="ignore"):
                other = reference(dict(case.sent, axis=axis))[name]
        except Exception:    # noqa: BLE001 - the alternative axis may simply not apply
            continue
        if np.shape(other) == got.shape and _close(np.asarray(got, float), np.asarray(other, float), rtol, atol):
            return axis
    return None


# --- broadcasting errors -----------------------------------------------------------------

SHAPE = re.compile(r"\(([\d,\s]*)\)")


def _lost_axis(ctx: Context, rtol, atol) -> list:
    """A broadcasting error between an array and that array reduced without keepdims."""
    for i, case in enumerate(ctx.cases):
        error = ctx.learner[i].error if ctx.learner[i] is not None else None
        if not error or "could not be broadcast" not in error.get("message", ""):
            continue
        shapes = [tuple(int(n) for n in s.replace(" ", "").split(",") if n)
                  for s in SHAPE.findall(error["message"])]
        for full in shapes:
            for reduced in shapes:
                axis = _removed_axis(full, reduced)
                if axis is not None:
                    kept = full[:axis] + (1,) + full[axis + 1:]
                    return [_generic("missing-keepdims", case=f"'{case.name}'", full=full,
                                     reduced=reduced, axis=axis, kept=kept)]
    return []


def _removed_axis(full: tuple, reduced: tuple) -> int | None:
    """The axis k with reduced == full minus axis k, when that is what failed to broadcast."""
    if len(reduced) != len(full) - 1:
        return None
    for k in range(1, len(full)):        # without the first axis it would have broadcast fine
        if full[:k] + full[k + 1:] == reduced:
            return k
    return None


# --- numerical stability -----------------------------------------------------------------

def large(case) -> bool:
    arrays = [v for v in case.inputs.values() if isinstance(v, np.ndarray) and v.dtype.kind == "f" and v.size]
    return case.errstate == "raise" or any(np.abs(a).max() > 100 for a in arrays)


def _stability(ctx: Context, rtol, atol) -> list:
    """Overflow or underflow, only when every ordinary case is right and a large case breaks
    down where the reference's answer is finite."""
    ordinary = [i for i, case in enumerate(ctx.cases) if not large(case)]
    if not ordinary or not all(right(ctx, i, rtol, atol) for i in ordinary):
        return []
    for i, case in enumerate(ctx.cases):
        if i in ordinary or not _finite_answer(ctx.expected[i]):
            continue
        found = _breakdown(ctx.learner[i], ctx.expected[i])
        if found:
            kind, what = found
            return [_generic(kind, what=what, case=f"'{case.name}'")]
    return []


OFFSET = 1e4      # values this many spreads from 0: a formula that squares them first loses digits


def _cancellation(ctx: Context, rtol, atol) -> list:
    """Wrong only on cases whose values sit far from 0 compared with their spread, with finite
    values, and right on every other: the digits were lost to a difference of two large,
    nearly equal numbers."""
    far = [i for i, case in enumerate(ctx.cases) if _offset(case)[0] > OFFSET]
    ordinary = [i for i in range(len(ctx.cases)) if i not in far]
    if not far or not ordinary or not all(right(ctx, i, rtol, atol) for i in ordinary):
        return []
    wrong = [i for i in far if not right(ctx, i, rtol, atol)]
    if not wrong or any(ctx.learner[i] is None or ctx.learner[i].error or not isinstance(ctx.learner[i].outputs, dict)
                        or any(_breaks_down(ctx.learner[i].outputs.get(k), e) for k, e in ctx.expected[i].items())
                        for i in wrong):
        return []           # an error, or NaN / inf where the answer is finite: a breakdown (_stability)
    _, size, spread = _offset(ctx.cases[wrong[0]])
    return [_generic("cancellation-on-offset-inputs", case=f"'{ctx.cases[wrong[0]].name}'",
                     size=f"{size:.0e}", spread=f"{spread:.1g}", square=f"{size * size:.0e}")]


def _offset(case) -> tuple:
    """(how many spreads the farthest column's mean lies from 0, that mean, that spread)."""
    best = (0.0, 0.0, 0.0)
    for value in case.sent.values():
        if not (isinstance(value, np.ndarray) and value.dtype.kind == "f" and value.size > 1):
            continue
        columns = value.reshape(value.shape[0], -1) if value.ndim > 1 else value.reshape(-1, 1)
        if columns.shape[0] < 2:
            continue
        mean, spread = np.abs(columns.mean(axis=0)), columns.std(axis=0)
        varies = spread > 1e-10 * mean        # a constant column's rounding spread is no spread
        ratio = np.where(varies, mean / np.where(varies, spread, 1.0), 0.0)
        k = int(np.argmax(ratio))
        if ratio[k] > best[0]:
            best = (float(ratio[k]), float(mean[k]), float(spread[k]))
    return best


def _finite_answer(expected: dict) -> bool:
    return all(np.all(np.isfinite(v)) for v in expected.values() if _numeric(v))


def _breakdown(outcome, expected: dict):
    """(diagnosis id, what the learner got) when this outcome is a numerical breakdown."""
    if outcome is None:
        return None
    if outcome.error:
        if error_kind(outcome.error) != "numeric breakdown":
            return None
        return _error_cause(outcome.error), f"a floating-point error ({outcome.error['message']})"
    if not isinstance(outcome.outputs, dict):
        return None
    for name, value in expected.items():
        got = outcome.outputs.get(name)
        if _breaks_down(got, value):
            g = np.asarray(got, dtype=np.float64)
            if np.isinf(g).any():
                return "overflow-on-large-inputs", f"inf in {name}"
            return "non-finite-on-large-inputs", f"NaN in {name}"
    return None


def _error_cause(error: dict) -> str:
    """Which breakdown an error names: an overflow, a 0 from underflow divided or logged, or neither."""
    message = error.get("message", "")
    if error["type"] == "OverflowError" or "overflow" in message:
        return "overflow-on-large-inputs"
    if error["type"] == "ZeroDivisionError" or "divide by zero" in message or \
            re.search(r"invalid value encountered in (true_)?divide", message) or "math domain error" in message:
        return "underflow-on-large-inputs"
    return "non-finite-on-large-inputs"


def _edge_only(ctx: Context, rtol, atol) -> tuple:
    """Wrong only on the cases that set a setting to 0 (cases.settings_at_zero), or only on
    those that draw an axis of size 1 (cases.sizes_of_one), and right on every other."""
    wrong = [ctx.cases[i] for i in range(len(ctx.cases)) if not right(ctx, i, rtol, atol)]
    if wrong and all(c.zeroed for c in wrong):
        settings = ", ".join(sorted({f"{c.zeroed} = 0" for c in wrong}))
        return (_generic("zero-setting-ignored", settings=settings, case=f"'{wrong[0].name}'"),)
    if wrong and all(c.sized_one for c in wrong):
        dims = ", ".join(sorted({f"{c.sized_one} = 1" for c in wrong}))
        return (_generic("size-one-axis", dims=dims, case=f"'{wrong[0].name}'"),)
    return ()


def _public_only(ctx: Context, rtol, atol) -> bool:
    public = [i for i, c in enumerate(ctx.cases) if not c.hidden]
    hidden = [i for i, c in enumerate(ctx.cases) if c.hidden]
    return bool(public) and all(right(ctx, i, rtol, atol) for i in public) \
        and not all(right(ctx, i, rtol, atol) for i in hidden)
