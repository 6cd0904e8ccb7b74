"""Hidden problems for numerical_gradient: a random function of the driver's family, with
curvature at least ~12 along every axis, so that a forward difference is off by at least
h/2 * 12 = 6e-5 (at h = 1e-5) on every coordinate, far beyond the tolerance of 1e-6, while
correct centered differences agree with each other to ~1e-8 (f stays below a few hundred)."""
import numpy as np


def _problem(rng, shape, h=None, layout="contiguous"):
    d = int(np.prod(shape))
    m = rng.normal(0.0, 1.0, (d, d))
    A = m @ m.T / d + np.diag(rng.uniform(30.0, 50.0, d))   # symmetric, coupled, strongly curved
    x = rng.normal(0.0, 1.0, shape)
    if layout == "transposed":
        x = np.ascontiguousarray(x.T).T                      # same values, Fortran memory order
    elif layout == "strided":
        wide = np.zeros(x.shape[:-1] + (2 * x.shape[-1],))
        wide[..., ::2] = x
        x = wide[..., ::2]                                   # every other element of a wider array
    return {"A": A, "b": rng.normal(0.0, 2.0, d), "c": rng.uniform(0.5, 2.0, d),
            "w": rng.uniform(1.0, 3.0, d), "x": x, "h": h}


def vector(rng):
    return _problem(rng, (int(rng.integers(2, 9)),))


def matrix(rng):
    rows, cols = rng.choice(np.arange(2, 5), 2, replace=False)
    return _problem(rng, (int(rows), int(cols)), layout=("contiguous", "transposed")[int(rng.integers(2))])


def transposed(rng):
    rows, cols = rng.choice(np.arange(2, 5), 2, replace=False)
    return _problem(rng, (int(rows), int(cols)), layout="transposed")


def strided(rng):
    shape = (int(rng.integers(2, 9)),) if rng.integers(2) else (2, int(rng.integers(3, 5)))
    return _problem(rng, shape, layout="strided")


def _centered(problem, h):
    """The centered differences of the driver's f at step h (the reference's formula)."""
    A, b, c, w, x = (problem[k] for k in ("A", "b", "c", "w", "x"))
    f = lambda v: 0.5 * (v @ A @ v) + b @ v + np.sum(c * np.cos(w * v))   # noqa: E731
    return np.array([(f(x + e) - f(x - e)) / (2 * h) for e in np.eye(x.size) * h])


def coarse_step(rng):
    """A step between 3e-3 and 2e-2, whose (h^2/6) f''' error puts some coordinate at least
    1e-4 (100 tolerances) away from the default step's: a code that keeps h = 1e-5 whatever
    it is given fails. Steps of 1e-4 or 1e-3 moved the answer by ~1e-6, about the tolerance."""
    while True:
        problem = _problem(rng, (int(rng.integers(2, 7)),), h=float(rng.uniform(3e-3, 2e-2)))
        if np.max(np.abs(_centered(problem, problem["h"]) - _centered(problem, 1e-5))) > 1e-4:
            return problem
