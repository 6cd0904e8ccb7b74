"""Hidden inputs for project_onto_columns: well-conditioned A whose columns are NOT orthonormal.

A = U diag(s) V^T with U (n, d) orthonormal, V (d, d) orthogonal and singular values s
spread over a range: cond(A) stays small (every correct method, including the normal
equations, is accurate to ~1e-13), while A A^T is far from a projection, so the
missing-inverse mistake is always visible.
"""
import numpy as np


def _dims(rng, n_range, d_range, k_range=None):
    n = int(rng.integers(n_range[0], n_range[1] + 1))
    d = int(rng.choice([v for v in range(d_range[0], min(d_range[1], n - 1) + 1)]))
    if k_range is None:
        return n, d, None
    k = int(rng.choice([v for v in range(k_range[0], k_range[1] + 1) if v not in (n, d)]))
    return n, d, k


def _orthonormal(rng, n, d):
    q, r = np.linalg.qr(rng.standard_normal((n, d)))
    return q * np.sign(np.diag(r))


def _matrix(rng, n, d, s_low=0.4, s_high=4.0):
    """(n, d) with singular values in [s_low, s_high], both ends used: A A^T is never a projection."""
    s = np.exp(rng.uniform(np.log(s_low), np.log(s_high), size=d))
    s[0], s[-1] = s_low, s_high
    return (_orthonormal(rng, n, d) * s) @ _orthonormal(rng, d, d).T


def _layout(rng, x):
    """A random memory layout: contiguous, transposed (Fortran order) or strided view."""
    kind = int(rng.integers(3))
    if kind == 1 and x.ndim == 2:
        return np.asfortranarray(x)
    if kind == 2:
        wide = np.zeros(x.shape[:-1] + (2 * x.shape[-1],))
        wide[..., ::2] = x
        return wide[..., ::2]
    return x


def one_vector(rng):
    n, d, _ = _dims(rng, (4, 9), (2, 6))
    A = _matrix(rng, n, d)
    return {"A": _layout(rng, A), "y": _layout(rng, rng.normal(0.0, 2.0, size=n))}


def several_vectors(rng):
    n, d, k = _dims(rng, (5, 9), (2, 6), (2, 6))
    A = _matrix(rng, n, d)
    return {"A": _layout(rng, A), "y": _layout(rng, rng.normal(0.0, 2.0, size=(n, k)))}


def already_in_column_space(rng):
    n, d, k = _dims(rng, (5, 9), (2, 6), (2, 6))
    A = _matrix(rng, n, d)
    return {"A": A, "y": A @ rng.normal(0.0, 1.0, size=(d, k))}


def square_invertible(rng):
    n = int(rng.integers(3, 8))
    A = _matrix(rng, n, n)                               # invertible: its column space is all of R^n
    return {"A": _layout(rng, A), "y": rng.normal(0.0, 2.0, size=n)}


def orthogonal_columns_of_different_lengths(rng):
    n, d, _ = _dims(rng, (4, 9), (2, 5))
    lengths = np.exp(rng.uniform(np.log(0.1), np.log(10.0), size=d))
    lengths[0], lengths[-1] = 0.1, 10.0
    A = _orthonormal(rng, n, d) * rng.permutation(lengths)
    return {"A": A, "y": rng.normal(0.0, 2.0, size=n)}


def one_column(rng):
    n = int(rng.integers(2, 8))
    a = rng.normal(0.0, 1.0, size=(n, 1))
    a *= rng.choice([0.3, 2.5]) / np.linalg.norm(a)     # never a unit vector
    k = int(rng.choice([v for v in range(2, 6) if v not in (n, 1)]))
    y = rng.normal(0.0, 1.0, size=n) if rng.random() < 0.5 else rng.normal(0.0, 1.0, size=(n, k))
    return {"A": a, "y": y}
