"""Hidden cases of the unbiased MMD^2 estimate.

n, m and d are all different; the bandwidth is never 1 (so bandwidth and bandwidth^2
differ). Two kinds of pairs of samples: from different distributions (Y shifted and
stretched: the estimate is clearly positive), and from the same distribution, redrawn
until the unbiased estimate is below -1e-4 (about half of all draws are negative; a
clipped estimate is then visibly 0). The timed group is large enough that a loop over
pairs takes about a tenth of a second.
"""
import numpy as np

BANDWIDTHS = [0.6, 0.8, 1.5, 2.0, 3.0]   # times sqrt(d): never exactly 1 for d <= 16


def _layout(a, rng):
    kind = int(rng.integers(3))
    if kind == 1:
        return np.ascontiguousarray(a.T).T
    if kind == 2:
        wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],))
        wide[..., ::2] = a
        return wide[..., ::2]
    return a


def _sizes(rng, n, m, d):
    while True:
        sizes = tuple(int(rng.integers(lo, hi + 1)) for lo, hi in (n, m, d))
        if len(set(sizes)) == 3:
            return sizes


def _bandwidth(rng, d):
    return float(rng.choice(BANDWIDTHS)) * float(np.sqrt(d))   # kernels neither all 0 nor all 1


def _shifted(rng, n, m, d):
    X = rng.normal(size=(n, d))
    Y = rng.uniform(0.3, 1.0) * rng.normal(size=d) + rng.uniform(1.0, 1.6) * rng.normal(size=(m, d))
    return X, Y


def _unbiased(X, Y, h):
    def k(A, B):
        return np.exp(-((A[:, None] - B[None]) ** 2).sum(-1) / (2 * h * h))
    n, m = len(X), len(Y)
    return ((k(X, X).sum() - n) / (n * (n - 1)) + (k(Y, Y).sum() - m) / (m * (m - 1))
            - 2 * k(X, Y).mean())


def different(rng):
    n, m, d = _sizes(rng, (5, 25), (5, 25), (1, 6))
    X, Y = _shifted(rng, n, m, d)
    return {"X": _layout(X, rng), "Y": _layout(Y, rng), "bandwidth": _bandwidth(rng, d)}


def same_negative(rng):
    n, m, d = _sizes(rng, (6, 25), (6, 25), (1, 6))
    h = _bandwidth(rng, d)
    while True:
        X, Y = rng.normal(size=(n, d)), rng.normal(size=(m, d))
        if _unbiased(X, Y, h) < -1e-4:
            return {"X": _layout(X, rng), "Y": _layout(Y, rng), "bandwidth": h}


def smallest(rng):
    d = int(rng.integers(4, 7))
    X, Y = _shifted(rng, 2, 3, d)
    return {"X": X, "Y": Y, "bandwidth": _bandwidth(rng, d)}


def large(rng):
    n, m, d = _sizes(rng, (90, 108), (69, 87), (20, 28))
    X, Y = _shifted(rng, n, m, d)
    return {"X": _layout(X, rng), "Y": _layout(Y, rng), "bandwidth": _bandwidth(rng, d)}
