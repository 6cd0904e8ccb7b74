"""Curvature pairs (s_i, y_i) for lbfgs_direction, oldest first, with s_i·y_i > 0.

Pairs come from Hessians with eigenvalues well away from 1 (so γ ≠ 1 shows), and in most
groups each pair from its own Hessian, as along a real non-quadratic path (so the order of
the loops and the pair γ is taken from matter).
"""
import numpy as np


def _spd(rng, d, low, high):
    q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return (q * rng.uniform(low, high, size=d)) @ q.T


def _pairs(rng, d, m, same_hessian):
    hessian = _spd(rng, d, 2.0, 40.0)
    s_list, y_list = [], []
    for _ in range(m):
        if not same_hessian:
            hessian = _spd(rng, d, float(rng.uniform(0.05, 0.5)), float(rng.uniform(2.0, 40.0)))
        s = rng.normal(size=d) * 10 ** rng.uniform(-1, 0.5)
        s_list.append(s)
        y_list.append(hessian @ s)
    return s_list, y_list


def _case(rng, d, m, same_hessian=False):
    s_list, y_list = _pairs(rng, d, m, same_hessian)
    return {"g": rng.normal(size=d), "s_list": s_list, "y_list": y_list}


def worked_example(rng):
    return {"g": np.array([1.0, 1.0]), "s_list": [np.array([1.0, 0.0])], "y_list": [np.array([2.0, 1.0])]}


def no_pairs(rng):
    """m = 0: H = I and p = −g."""
    return _case(rng, int(rng.integers(2, 9)), 0)


def one_pair(rng):
    return _case(rng, int(rng.integers(3, 9)), 1)


def pairs_along_a_path(rng):
    d = int(rng.integers(5, 12))
    return _case(rng, d, int(rng.integers(3, min(d, 8))))


def pairs_from_a_quadratic(rng):
    d = int(rng.integers(5, 12))
    return _case(rng, d, int(rng.integers(2, 6)), same_hessian=True)


def more_pairs_than_dimensions(rng):
    """m > D, from one quadratic (consistent pairs)."""
    d = int(rng.integers(2, 4))
    return _case(rng, d, int(rng.integers(d + 1, d + 4)), same_hessian=True)


def non_contiguous(rng):
    """g and every s_i, y_i as strided views of larger arrays."""
    case = _case(rng, int(rng.integers(4, 9)), int(rng.integers(2, 5)))

    def strided(v):
        wide = np.zeros(2 * v.size)
        wide[::2] = v
        return wide[::2]
    return {"g": strided(case["g"]), "s_list": [strided(s) for s in case["s_list"]],
            "y_list": [strided(y) for y in case["y_list"]]}


def large(rng):
    """D = 2e5, m = 10: a D x D matrix would need 320 GB."""
    d, m = 200_000, 10
    s_list, y_list = [], []
    for _ in range(m):
        s = rng.normal(size=d)
        s_list.append(s)
        y_list.append(s * rng.uniform(0.5, 5.0, size=d) + 0.01 * rng.normal(size=d))
    return {"g": rng.normal(size=d), "s_list": s_list, "y_list": y_list}
