"""Pictures of a failed check, as plain JSON-able data (the picture contract, issue #20).

A number in a message says *how much* a value is off; a picture says *where*. The overwritten
windows of a convolution's backward pass are wrong exactly where windows overlap, and that
shows as stripes long before a learner would guess it from "dx[0, 1, 2, 4] differs".

Three kinds, drawn by the terminal (cli/pictures.py) and the notebook alike:

- heatmap: the relative error of an array over its last two axes (max over leading axes),

      error = |got - expected| / (|expected| + floor)

  with floor = atol / rtol for a value check (the scale below which the absolute tolerance
  rules) and the gradient check's FLOOR for gradients; max-pooled to at most 24 x 48 cells;
  a cell where the learner's value is NaN or infinite (and the expected one is not the
  same) is None (null in JSON).
- curves: two series per step, the learner's run beside the reference's (training exercises).
- histogram: the learner's samples against the target, as densities per bin.

Built only for the first failing case of a failing check, never for a passing one: a grade
that passes pays nothing.
"""
from __future__ import annotations

import math

import numpy as np

MAX_ROWS, MAX_COLS = 24, 48
MAX_STEPS = 400          # a curve longer than this is thinned to every k-th step


def heatmap(got, expected, floor: float, title: str) -> dict | None:
    """The relative-error heatmap of `got` against `expected`, or None when they are not
    arrays of one shape (a shape mismatch has no picture: the message says it all)."""
    if not (isinstance(got, np.ndarray) and isinstance(expected, np.ndarray)) or got.shape != expected.shape:
        return None
    if got.size == 0 or got.dtype.kind not in "biuf" or expected.dtype.kind not in "biuf":
        return None
    grid = _pooled(_leading_max(relative_error(got, expected, floor)))
    values = [[None if math.isinf(v) else float(v) for v in row] for row in grid.tolist()]
    return {"kind": "heatmap", "title": title, "shape": list(got.shape),
            "axes": "last two" if got.ndim >= 2 else "last", "rows": len(values), "cols": len(values[0]),
            "values": values}


def relative_error(got: np.ndarray, expected: np.ndarray, floor: float) -> np.ndarray:
    """|got - expected| / (|expected| + floor) per element, float64; +inf where the learner's
    value is not finite and differs from the expected one (NaN where NaN is expected is right)."""
    g, e = got.astype(np.float64), expected.astype(np.float64)
    with np.errstate(all="ignore"):
        error = np.abs(g - e) / (np.abs(e) + floor)
    same = (g == e) | (np.isnan(g) & np.isnan(e))
    error = np.where(same, 0.0, error)
    return np.where(np.isfinite(error), error, np.inf)


def _leading_max(error: np.ndarray) -> np.ndarray:
    """A 2-D grid: the worst error over every leading axis; a 1-D array is one row."""
    if error.ndim == 0:
        return error.reshape(1, 1)
    if error.ndim == 1:
        return error[None, :]
    return error.reshape(-1, *error.shape[-2:]).max(axis=0)


def _pooled(grid: np.ndarray) -> np.ndarray:
    """Max-pool to at most MAX_ROWS x MAX_COLS, so a wrong element is never averaged away."""
    rows, cols = grid.shape
    row_groups = np.array_split(np.arange(rows), min(rows, MAX_ROWS))
    col_groups = np.array_split(np.arange(cols), min(cols, MAX_COLS))
    return np.array([[grid[np.ix_(r, c)].max() for c in col_groups] for r in row_groups])


def curves(yours, reference, title: str, x: str = "step") -> dict | None:
    """Two runs step by step, or None when either was not recorded. Non-finite steps (a run
    that blew up) are None, so a plot can show where the run left the chart."""
    series = {}
    for name, values in (("yours", yours), ("reference", reference)):
        array = np.asarray(values, dtype=np.float64).reshape(-1) if _numeric(values) else None
        if array is None or array.size == 0:
            return None
        every = max(1, math.ceil(array.size / MAX_STEPS))
        series[name] = [float(v) if math.isfinite(v) else None for v in array[::every].tolist()]
    return {"kind": "curves", "title": title, "x": x, "series": series}


def histogram(edges, yours, target, title: str) -> dict:
    """Densities per bin: `yours` and `target` as given (each of len(edges) - 1)."""
    return {"kind": "histogram", "title": title, "edges": [float(e) for e in edges],
            "yours": [float(v) for v in yours], "target": [float(v) for v in target]}


def category_histogram(samples, p, title: str) -> dict | None:
    """Integer samples against categorical probabilities p: one bin per category, widened to
    take in samples outside 0..K-1 (a shifted sampler's -1 or K), where the target is 0."""
    if not _numeric(samples) or np.size(samples) == 0 or not _numeric(p):
        return None
    s = np.asarray(samples).reshape(-1)
    if s.dtype.kind not in "iu" and not np.all(np.isfinite(s) & (s == np.round(s))):
        return None
    s, p = s.astype(np.int64), np.asarray(p, dtype=np.float64).reshape(-1)
    low, high = min(0, int(s.min())), max(len(p) - 1, int(s.max()))
    if high - low > 200:
        return None
    counts = np.bincount(s - low, minlength=high - low + 1) / s.size
    target = np.zeros(high - low + 1)
    target[-low:-low + len(p)] = p
    edges = np.arange(low, high + 2) - 0.5
    return histogram(edges, counts, target, title)
def _numeric(value) -> bool:
    if isinstance(value, np.ndarray):
        return value.dtype.kind in "biuf"
    if isinstance(value, (list, tuple)):
        return all(isinstance(v, (int, float, np.number)) and not isinstance(v, bool) for v in value)
    return False
