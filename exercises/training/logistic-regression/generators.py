"""Two overlapping Gaussian blobs, one per class, away from the origin.

Both classes share the identity covariance, so the best possible classifier (the
Bayes-optimal one) is linear: with the class means m0, m1 and P(y = 1) = pi,

    w* = m1 - m0,    b* = -w* . (m0 + m1) / 2 + log(pi / (1 - pi)),

and its accuracy, about 0.87-0.96 here, is what the held-out check measures a learner
against. The midpoint of the two means lies 2 to 3.5 units from the origin along w*, so a
model without an intercept cannot put its boundary where it belongs. The held-out points
and labels, and w*, b*, are private: the learner's code never sees them.
"""
import numpy as np


def _any_layout(rng, A):
    """A C-ordered, a Fortran-ordered (the memory order of a transpose) or a strided view
    of the same values: code that assumes one memory layout meets the others."""
    kind = int(rng.integers(3))
    if kind == 1:
        return np.asfortranarray(A)
    if kind == 2:
        wide = np.zeros(A.shape[:-1] + (2 * A.shape[-1],))
        wide[..., ::2] = A
        return wide[..., ::2]
    return A


def _blobs(rng, n_train, n_test, dim):
    u = rng.normal(size=dim)
    u /= np.linalg.norm(u)                            # the direction that separates the classes
    gap = rng.uniform(2.5, 3.5)                       # distance between the two means
    side = rng.uniform(2.0, 3.5) * rng.choice([-1.0, 1.0])
    drift = 0.5 * rng.normal(size=dim)
    drift -= (drift @ u) * u                          # an offset along the boundary, harmless
    center = side * u + drift
    pi = rng.uniform(0.35, 0.65)

    def draw(n):
        y = (rng.random(n) < pi).astype(np.int64)
        X = center + (y[:, None] - 0.5) * gap * u + rng.normal(size=(n, dim))
        return X, y

    X, y = draw(n_train)
    X_test, y_test = draw(n_test)
    X = _any_layout(rng, X)
    w_best = gap * u
    b_best = -w_best @ center + np.log(pi / (1 - pi))
    return {"X": X, "y": y, "_X_test": X_test, "_y_test": y_test,
            "_w_best": w_best, "_b_best": float(b_best)}


def example(rng):
    """The public example: the same data on every attempt (2 features, 200 points)."""
    return _blobs(np.random.default_rng(7), 200, 2000, 2)


def blobs(rng):
    """1 to 5 features, 200 to 400 training points, 2000 held-out points."""
    return _blobs(rng, int(rng.integers(200, 401)), 2000, int(rng.integers(1, 6)))
