"""Property checks for qr_gram_schmidt, judged in the grader on the learner's Q and R.

A QR factorization is graded by what makes it one, not by comparison with a particular
algorithm's output: Q has orthonormal columns, R is upper triangular with a positive
diagonal (which makes the factorization unique), and Q R rebuilds A.
"""
import numpy as np

ORTHO_TOL = 1e-8          # max |Q^T Q - I|
RECON_TOL = 1e-12         # ||Q R - A|| / ||A||, Frobenius norms


def _factors(inputs, outputs):
    """(A, Q, R) as float64 arrays, or (None, message) when the shapes are not those of a reduced QR."""
    A = np.asarray(inputs["A"], dtype=np.float64)
    m, n = A.shape
    got = []
    for name, shape in (("Q", (m, n)), ("R", (n, n))):
        x = outputs.get(name) if isinstance(outputs, dict) else None
        if not isinstance(x, np.ndarray) or x.dtype.kind not in "iuf":
            return None, f"{name} must be a numpy array of shape {shape}, got {type(x).__name__}"
        if x.shape != shape:
            return None, (f"{name} has shape {x.shape}, expected {shape}: for A of shape ({m}, {n}) the "
                          f"reduced QR has Q ({m}, {n}) and R ({n}, {n})")
        x = x.astype(np.float64)
        if not np.all(np.isfinite(x)):
            return None, f"{name} contains inf or NaN"
        got.append(x)
    return (A, *got), None


def _unusable(problem):
    return f"cannot be checked: {problem}"


def shapes(inputs, outputs, expected):
    _, problem = _factors(inputs, outputs)
    return problem


def upper_triangular(inputs, outputs, expected):
    factors, problem = _factors(inputs, outputs)
    if problem:
        return _unusable(problem)
    _, _, R = factors
    below = np.argwhere(np.tril(R, -1) != 0)
    if len(below):
        i, j = below[0]
        return (f"R[{i}, {j}] = {R[i, j]:.3g} lies below the diagonal and is not exactly 0 ({len(below)} such "
                "entries): start R as np.zeros((n, n)) and fill in only r_ij for i <= j (R computed as "
                "Q.T @ A carries rounding noise below the diagonal)")
    diagonal = np.diag(R)
    bad = np.flatnonzero(diagonal <= 0)
    if len(bad):
        j = bad[0]
        return (f"R[{j}, {j}] = {diagonal[j]:.6g} is not positive: r_jj is the length of what is left of "
                "column j after removing its projections, a positive number")
    return None


def unit_columns(inputs, outputs, expected):
    factors, problem = _factors(inputs, outputs)
    if problem:
        return _unusable(problem)
    _, Q, _ = factors
    lengths = np.sqrt(np.sum(Q * Q, axis=0))
    j = int(np.argmax(np.abs(lengths ** 2 - 1.0)))
    if abs(lengths[j] ** 2 - 1.0) > ORTHO_TOL:
        return (f"column {j} of Q has length {lengths[j]:.6g}, not 1: divide each new direction by its "
                "norm, and store that norm in R[j, j]")
    return None


def orthonormal(inputs, outputs, expected):
    factors, problem = _factors(inputs, outputs)
    if problem:
        return _unusable(problem)
    A, Q, _ = factors
    n = Q.shape[1]
    error = np.abs(Q.T @ Q - np.eye(n))
    worst = float(error.max())
    if worst > ORTHO_TOL:
        i, j = np.unravel_index(int(np.argmax(error)), error.shape)
        singular = np.linalg.svd(A, compute_uv=False)
        return (f"max |QᵀQ − I| = {worst:.2g} (at [{i}, {j}]), above {ORTHO_TOL:g}; "
                f"this A has condition number {singular[0] / singular[-1]:.2g}")
    return None


def reconstruction(inputs, outputs, expected):
    factors, problem = _factors(inputs, outputs)
    if problem:
        return _unusable(problem)
    A, Q, R = factors
    relative = float(np.linalg.norm(Q @ R - A) / np.linalg.norm(A))
    if relative > RECON_TOL:
        return (f"‖QR − A‖ / ‖A‖ = {relative:.2g}, above {RECON_TOL:g}: Q @ R does not rebuild A. Column j of "
                "A must equal Σ_i R[i, j]·q_i, with R[i, j] the coefficient you subtracted and R[j, j] the "
                "length you divided by")
    return None
