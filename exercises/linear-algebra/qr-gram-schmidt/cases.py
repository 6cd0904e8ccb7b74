"""Hidden matrices for qr_gram_schmidt, each built as A = U diag(s) V^T with chosen singular values.

U (m, n) has orthonormal columns and V (n, n) is orthogonal, both random, so cond(A) is
exactly s.max() / s.min(). Well-conditioned matrices have cond(A) <= 10: every
Gram-Schmidt keeps Q orthonormal to ~1e-14 there. Ill-conditioned ones have cond(A) = 1e6:
modified Gram-Schmidt loses orthogonality in proportion to cond(A) (measured worst about
2e-10 over thousands of draws, against the 1e-8 the exercise asks), classical Gram-Schmidt
in proportion to cond(A)^2 (measured best about 3e-7 on the nearly-parallel-columns
matrices). This file runs only in the grader, so it may use np.linalg freely.
"""
import numpy as np


def _orthonormal_columns(rng, m, n):
    q, r = np.linalg.qr(rng.standard_normal((m, n)))
    return q * np.sign(np.diag(r))


def _matrix(rng, m, n, singular_values):
    u = _orthonormal_columns(rng, m, n)
    v = _orthonormal_columns(rng, n, n)
    return (u * singular_values) @ v.T


def _view(rng, a):
    """The same values as a C-contiguous array, a transposed (Fortran-order) view, or a strided view."""
    layout = ("contiguous", "transposed", "strided")[int(rng.integers(3))]
    if layout == "transposed":
        return np.ascontiguousarray(a.T).T
    if layout == "strided":
        wide = np.zeros((a.shape[0], 2 * a.shape[1]))
        wide[:, ::2] = a
        return wide[:, ::2]
    return a


def _well_conditioned(rng, m, n, scale=1.0):
    s = rng.uniform(0.5, 5.0, size=n)
    return {"A": _view(rng, scale * _matrix(rng, m, n, s))}


def tall(rng):
    n = int(rng.integers(2, 8))
    m = int(rng.integers(n + 3, 31))
    return _well_conditioned(rng, m, n)


def square(rng):
    n = int(rng.integers(3, 9))
    return _well_conditioned(rng, n, n)


def single_column(rng):
    m = int(rng.integers(3, 11))
    return {"A": rng.normal(0.0, 2.0, size=(m, 1))}


def large_entries(rng):
    n = int(rng.integers(2, 7))
    m = int(rng.integers(n + 2, 20))
    return _well_conditioned(rng, m, n, scale=1.0e4)


def small_entries(rng):
    n = int(rng.integers(2, 7))
    m = int(rng.integers(n + 2, 20))
    return _well_conditioned(rng, m, n, scale=1.0e-4)


def _ill_conditioned(rng, m, n):
    """One singular value near 1, the others between 1e-6 and 3e-6 (the last exactly 1e-6),
    times a random scale: cond(A) = 1e6, and every column is almost the same direction."""
    s = np.concatenate([[1.0], 10.0 ** rng.uniform(-6.0, -5.5, size=n - 1)])
    s[-1] = 1.0e-6
    scale = 10.0 ** rng.uniform(-1.0, 1.0)
    return {"A": _view(rng, scale * _matrix(rng, m, n, s))}


def nearly_parallel(rng):
    n = int(rng.integers(5, 13))
    m = int(rng.integers(n + 1, 41))
    return _ill_conditioned(rng, m, n)


def ill_square(rng):
    n = int(rng.integers(5, 11))
    return _ill_conditioned(rng, n, n)


def geometric_spectrum(rng):
    """Singular values spread evenly on a log scale from 1 down to 1e-6."""
    n = int(rng.integers(6, 13))
    m = int(rng.integers(n + 1, 41))
    s = np.logspace(0.0, -6.0, n)
    return {"A": _view(rng, _matrix(rng, m, n, s))}
