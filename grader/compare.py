"""Comparing a learner's value with an expected one, and saying how they differ.

The tolerance is NumPy's `allclose` rule, written out so the message can quote it:
an element passes when |got - expected| <= atol + rtol * |expected|; NaN equals NaN only
where NaN is expected.

`reveal=False` (a cohort's hidden cases, unless its instructor chose otherwise) keeps the
expected values out of the sentence: it says where the value differs, by how much (the
absolute difference and the relative error |got - expected| / |expected|), and the shapes
and dtypes, but quotes neither the expected values nor a string the learner's code returned.
"""
from __future__ import annotations

import numpy as np

def mismatch(got, expected, rtol: float, atol: float, up_to: str | None = None, *,
             reveal: bool = True) -> str | None:
    """None when `got` matches `expected`; otherwise one sentence saying how it does not
    (quoting no expected value when `reveal` is False)."""
    if isinstance(expected, (dict, list, tuple)):
        return _mismatch_container(got, expected, rtol, atol, up_to, reveal)
    if isinstance(expected, (bool, np.bool_)):
        if type(got) in (bool, np.bool_) and bool(got) == bool(expected):
            return None
        return f"got {_brief(got)}, expected {bool(expected)}" if reveal else \
            f"got {_brief(got)}, which is not the expected truth value"
    if isinstance(expected, str):
        if got == expected:
            return None
        return f"got {got!r:.80}, expected {expected!r}" if reveal else \
            f"got {_brief(got)}, not the expected str"
    if expected is None:
        return None if got is None else f"got {_brief(got)}, expected None"
    return _mismatch_numeric(got, expected, rtol, atol, up_to, reveal)


def _mismatch_container(got, expected, rtol, atol, up_to, reveal=True) -> str | None:
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return f"got {_brief(got)}, expected a dict with keys {sorted(expected)}"
        for key in expected:
            if key not in got:
                return f"the key '{key}' is missing"
            problem = mismatch(got[key], expected[key], rtol, atol, up_to, reveal=reveal)
            if problem:
                return f"['{key}']: {problem}"
        return None
    if not isinstance(got, (list, tuple)) or len(got) != len(expected):
        return f"got {_brief(got)}, expected a {type(expected).__name__} of {len(expected)} items"
    for i, (g, e) in enumerate(zip(got, expected)):
        problem = mismatch(g, e, rtol, atol, up_to, reveal=reveal)
        if problem:
            return f"[{i}]: {problem}"
    return None


def _mismatch_numeric(got, expected, rtol, atol, up_to, reveal=True) -> str | None:
    scalar_expected = np.ndim(expected) == 0 and not isinstance(expected, np.ndarray)
    if isinstance(got, (list, tuple)) and not scalar_expected:
        return f"got a Python {type(got).__name__}, expected a numpy array; return np.array(...)"
    if not _is_number_like(got):
        return f"got {_brief(got)}, expected {'a number' if scalar_expected else 'a numpy array'}"
    got_a, exp_a = np.asarray(got), np.asarray(expected)
    if scalar_expected and got_a.ndim and got_a.size == 1:
        return f"got an array of shape {got_a.shape}, expected a single number (use float(...) or .item())"
    if got_a.shape != exp_a.shape:
        return f"has shape {got_a.shape}, expected {exp_a.shape}"
    if exp_a.dtype.kind == "f" and got_a.dtype.kind == "f" and got_a.dtype.itemsize < exp_a.dtype.itemsize:
        return f"has dtype {got_a.dtype}, expected {exp_a.dtype}: precision is lost"
    if exp_a.dtype.kind in "iub" and got_a.dtype.kind == "f":
        return f"has dtype {got_a.dtype}, expected integers ({exp_a.dtype})"
    got_a = align(got_a.astype(np.float64), exp_a.astype(np.float64), up_to)
    return describe_difference(got_a, exp_a.astype(np.float64), rtol, atol, reveal=reveal)


def _is_number_like(value) -> bool:
    if isinstance(value, np.ndarray):
        return value.dtype.kind in "biuf"
    return isinstance(value, (int, float, bool, np.number, np.bool_))


def align(got: np.ndarray, expected: np.ndarray, up_to: str | None) -> np.ndarray:
    """Flip signs of `got` where the answer is only defined up to a sign (eigenvectors, PCA rows)."""
    if up_to is None or got.ndim == 0:
        return got
    if up_to == "sign":
        return got * _sign_matching(got, expected)
    if got.ndim != 2:
        return got
    if up_to == "row-sign":
        return got * np.array([_sign_matching(g, e) for g, e in zip(got, expected)])[:, None]
    return got * np.array([_sign_matching(g, e) for g, e in zip(got.T, expected.T)])[None, :]


def _sign_matching(got: np.ndarray, expected: np.ndarray) -> float:
    with np.errstate(all="ignore"):
        return -1.0 if np.sum(np.nan_to_num(got) * np.nan_to_num(expected)) < 0 else 1.0


def describe_difference(got: np.ndarray, expected: np.ndarray, rtol: float, atol: float, *,
                        reveal: bool = True) -> str | None:
    """Where an infinity is expected, only that same infinity will do (a tolerance of rtol·inf
    would accept anything); NaN matches only an expected NaN. The sentence names the worst
    element: the one furthest beyond its allowance."""
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        diff = np.abs(got - expected)
        allowed = atol + rtol * np.abs(expected)
        finite = np.isfinite(expected)
        ok = np.where(finite, diff <= allowed, got == expected) | (np.isnan(got) & np.isnan(expected))
        bad = ~ok
        if not bad.any():
            return None
        excess = np.where(bad, np.nan_to_num(diff / np.maximum(allowed, 1e-300), nan=np.inf, posinf=np.inf), -1.0)
    worst = tuple(int(k) for k in np.unravel_index(int(np.argmax(excess)), got.shape)) if got.ndim else ()
    where = f" at {list(worst)}" if got.ndim else ""
    count = f"; {int(bad.sum())} of {bad.size} elements are off" if got.ndim else ""
    if not reveal:
        return _discrepancy(float(got[worst]), float(expected[worst]), where, count, rtol, atol)
    if not np.isfinite(expected[worst]):
        return f"differs{where}: got {_num(got[worst])}, expected {_num(expected[worst])}{count}"
    digits = _digits_to_show(float(expected[worst]), float(diff[worst]))
    return (f"differs{where}: got {_num(got[worst], digits)}, expected {_num(expected[worst], digits)} "
            f"(|difference| {_num(diff[worst])}, allowed {atol:g} + {rtol:g}·|expected|){count}")


def _discrepancy(got: float, expected: float, where: str, count: str, rtol: float, atol: float) -> str:
    """How far off the worst element is, without its expected value: the absolute difference
    and the relative error |got - expected| / |expected| (none where 0 is expected)."""
    import math

    if not math.isfinite(expected):
        return f"differs{where}: a non-finite value (inf or nan) is expected there and yours is not it{count}"
    if not math.isfinite(got):
        return f"differs{where}: got {_num(got)} where a finite value is expected{count}"
    difference = abs(got - expected)
    relative = f", relative error {difference / abs(expected):.2g}" if expected else ""
    return (f"differs{where}: |difference| {_num(difference)}{relative} (allowed {atol:g} + "
            f"{rtol:g}·|expected|){count}")


def _digits_to_show(expected: float, difference: float) -> int:
    """Enough significant digits that got and expected visibly differ (11 vs 11.00003)."""
    import math

    if not (math.isfinite(expected) and math.isfinite(difference)) or difference == 0 or expected == 0:
        return 6
    return int(min(17, max(6, 2 + math.ceil(math.log10(abs(expected) / difference)))))


def _num(x, digits: int = 6) -> str:
    return f"{float(x):.{digits}g}"


def _brief(value) -> str:
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape} ({value.dtype})"
    if value is None:
        return "None"
    if isinstance(value, (int, float, np.number)):
        return f"{type(value).__name__} {value!r}"
    return f"a {type(value).__name__}"


def same_outcome(a, b, rtol: float, atol: float, up_to: str | None = None) -> bool:
    """Whether two implementations' outputs agree (used to match a learner with a mistake)."""
    try:
        return mismatch(a, b, rtol, atol, up_to) is None
    except (TypeError, ValueError):
        return False


def shape_text(value) -> str:
    if isinstance(value, np.ndarray):
        return f"{value.shape} {value.dtype}"
    if isinstance(value, (dict, list, tuple)):
        return type(value).__name__
    return repr(value)


def same_value(before, after) -> bool:
    """Equal in value, arrays (shape and entries) and nested dicts and lists included."""
    if isinstance(before, np.ndarray):
        return isinstance(after, np.ndarray) and after.shape == before.shape and \
            np.array_equal(after, before, equal_nan=True)
    if isinstance(before, dict):
        return isinstance(after, dict) and after.keys() == before.keys() and \
            all(same_value(v, after[k]) for k, v in before.items())
    if isinstance(before, (list, tuple)):
        return isinstance(after, (list, tuple)) and len(after) == len(before) and \
            all(map(same_value, before, after))
    return type(after) is type(before) and after == before
