"""Symmetric positive definite matrices H = Q diag(lam) Q^T with a chosen spectrum.

Q is a random orthogonal matrix, so H is far from diagonal and its diagonal says little
about its eigenvalues. The top eigenvalue is separated from the next one
(lam_2 <= 0.9 lam_1), so a learner who computes it by power iteration converges well
within the tolerance. Condition numbers go from about 2 to 1e6.
"""
import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.standard_normal((n, n)))
    return q * np.sign(np.diag(r))


def _spd(rng, n, top, condition):
    """n x n, eigenvalues in [top / condition, top] with top the largest by a margin."""
    low = top / condition
    rest = np.exp(rng.uniform(np.log(low), np.log(0.9 * top), size=n - 1))
    rest[0] = low                                # the smallest eigenvalue is exactly top / condition
    lam = np.concatenate([[top], rest])
    q = _orthogonal(rng, n)
    h = (q * lam) @ q.T
    return (h + h.T) / 2                         # exactly symmetric


def well_conditioned(rng):
    n = int(rng.integers(2, 7))
    return {"H": _spd(rng, n, rng.uniform(0.5, 20.0), rng.uniform(2.0, 10.0))}


def ill_conditioned(rng):
    n = int(rng.integers(3, 9))
    return {"H": _spd(rng, n, 10.0 ** rng.uniform(-1, 3), 10.0 ** rng.uniform(3, 6))}


def larger_matrix(rng):
    n = int(rng.integers(20, 41))
    return {"H": _spd(rng, n, 10.0 ** rng.uniform(-2, 2), 10.0 ** rng.uniform(1, 4))}


def tiny_curvature(rng):
    """A very flat bowl: large stable steps."""
    n = int(rng.integers(2, 6))
    return {"H": _spd(rng, n, 10.0 ** rng.uniform(-4, -2), rng.uniform(2.0, 50.0))}


def non_contiguous(rng):
    n = int(rng.integers(3, 8))
    h = _spd(rng, n, rng.uniform(1.0, 10.0), rng.uniform(5.0, 100.0))
    wide = np.zeros((n, 2 * n))
    wide[:, ::2] = h
    return {"H": wide[:, ::2]}                   # a strided view: same values, not C-contiguous
