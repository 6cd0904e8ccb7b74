"""Property checks for pairwise_sq_distances, run in the grader on the learner's output.

The target values are computed here directly from the differences, sum((x - y)**2), which
has no cancellation, and each entry is compared with the tolerance of the exercise,
1e-6 * (||x_i||^2 + ||y_j||^2): the expanded formula is allowed its rounding error,
which is relative to the norms, not to the (possibly tiny) distance.
"""
import numpy as np


def _target(X, Y):
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    D = np.empty((X.shape[0], Y.shape[0]))
    for start in range(0, X.shape[0], 64):                 # blocks: bounded memory
        diff = X[start:start + 64, None, :] - Y[None, :, :]
        D[start:start + 64] = np.einsum("ijk,ijk->ij", diff, diff)
    return D


def _result(outputs):
    D = outputs.get("D") if isinstance(outputs, dict) else None
    return D if isinstance(D, np.ndarray) and D.dtype.kind in "iuf" else None


def distances_match(inputs, outputs, expected):
    X, Y = inputs["X"], inputs["Y"]
    n, m = X.shape[0], Y.shape[0]
    D = outputs.get("D") if isinstance(outputs, dict) else None
    if not isinstance(D, np.ndarray):
        return f"pairwise_sq_distances returned {type(D).__name__}, expected a NumPy array of shape ({n}, {m})"
    if D.shape != (n, m):
        if D.shape == (m, n):
            return (f"D has shape {D.shape}, expected ({n}, {m}): the result is transposed. Row i "
                    f"belongs to X[i] (n = {n} points) and column j to Y[j] (m = {m} points)")
        return f"D has shape {D.shape}, expected ({n}, {m}): one row per point of X, one column per point of Y"
    if D.dtype != np.float64:
        return f"D has dtype {D.dtype}, expected float64"
    if not np.all(np.isfinite(D)):
        return "D contains NaN or inf, but every input is finite"
    target = _target(X, Y)
    scale = np.sum(X * X, axis=1)[:, None] + np.sum(Y * Y, axis=1)[None, :]
    allowed = 1e-6 * scale
    excess = np.abs(D - target) - allowed
    if np.all(excess <= 0):
        return None
    i, j = np.unravel_index(int(np.argmax(excess / np.maximum(allowed, 1e-300))), D.shape)
    bad = int(np.count_nonzero(excess > 0))
    return (f"D[{i}, {j}] = {D[i, j]:.10g}, but ||X[{i}] - Y[{j}]||^2 = {target[i, j]:.10g} "
            f"(allowed error 1e-6·(||X[{i}]||^2 + ||Y[{j}]||^2) = {allowed[i, j]:.3g}); "
            f"{bad} of {D.size} entries are off")


def never_negative(inputs, outputs, expected):
    D = _result(outputs)
    if D is None or D.size == 0:
        return None
    negative = D < 0
    if not negative.any():
        return None
    i, j = np.unravel_index(int(np.argmin(D)), D.shape)
    return (f"{int(negative.sum())} of {D.size} entries of D are negative (the most negative, "
            f"D[{i}, {j}], is {D[i, j]:.3g}), but a squared distance is never below 0")
