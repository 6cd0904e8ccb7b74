"""Hidden matrices for power_iteration: symmetric, with a clear dominant eigenvalue.

A = Q diag(lam) Q^T with Q a random orthogonal matrix. |lam_1| is the largest by a clear
margin (|lam_2| / |lam_1| <= 0.6), so every sensible stopping rule converges in a few
dozen steps and the dominant eigenvector is well defined. The dominant eigenvector is
kept away from the coordinate axes (no entry above 0.9 in magnitude) and from being
orthogonal to the all-ones vector, so that neither a lucky scaling nor a ones start vector
changes the outcome.
"""
import numpy as np


def _orthogonal(rng, n):
    q, r = np.linalg.qr(rng.standard_normal((n, n)))
    return q * np.sign(np.diag(r))


def _symmetric(rng, n, top, ratio, others="mixed"):
    """n x n symmetric with dominant eigenvalue `top` and all others within ratio * |top|."""
    second = ratio * abs(top)
    if others == "positive":
        rest = rng.uniform(0.05 * second, second, size=n - 1)
    else:
        rest = rng.uniform(-second, second, size=n - 1)
    rest[0] = second * rng.choice([-1.0, 1.0]) if others != "positive" else second
    lam = np.concatenate([[top], rest])
    while True:
        q = _orthogonal(rng, n)
        u = q[:, 0]
        if np.max(np.abs(u)) <= 0.9 and abs(u.sum()) / np.sqrt(n) >= 0.1:
            break
    a = (q * lam) @ q.T
    return (a + a.T) / 2                       # exactly symmetric


def positive_dominant(rng):
    n = int(rng.integers(3, 9))
    top = rng.uniform(2.0, 20.0)
    return {"A": _symmetric(rng, n, top, rng.uniform(0.2, 0.6))}


def negative_dominant(rng):
    n = int(rng.integers(3, 9))
    top = -rng.uniform(2.0, 20.0)
    return {"A": _symmetric(rng, n, top, rng.uniform(0.2, 0.6)), "num_iters": 1000, "tol": 1e-10}


def positive_definite(rng):
    n = int(rng.integers(3, 9))
    top = rng.uniform(1.0, 10.0)
    return {"A": _symmetric(rng, n, top, rng.uniform(0.3, 0.6), others="positive")}


def two_by_two(rng):
    top = rng.choice([-1.0, 1.0]) * rng.uniform(2.0, 10.0)
    return {"A": _symmetric(rng, 2, top, rng.uniform(0.2, 0.6))}


def larger_matrix(rng):
    n = int(rng.integers(20, 41))
    top = rng.choice([-1.0, 1.0]) * rng.uniform(5.0, 30.0)
    return {"A": _symmetric(rng, n, top, rng.uniform(0.3, 0.6)), "num_iters": 1000, "tol": 1e-10}


def non_contiguous(rng):
    n = int(rng.integers(3, 9))
    a = _symmetric(rng, n, rng.choice([-1.0, 1.0]) * rng.uniform(2.0, 20.0), rng.uniform(0.2, 0.6))
    wide = np.zeros((n, 2 * n))
    wide[:, ::2] = a
    return {"A": wide[:, ::2]}                 # a strided view: same values, not C-contiguous
