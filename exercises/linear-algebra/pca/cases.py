"""Hidden data sets for pca: a clearly non-zero mean and well separated variances.

X = mean + W diag(sigma) Q^T, where W (N, r) has columns with mean exactly 0 and
W^T W / (N - 1) = I (whitened Gaussian noise), and Q (d, r) has orthonormal columns. The
sample covariance of X (with N - 1) is then exactly Q diag(sigma^2) Q^T: its eigenvalues
are the chosen sigma^2, each at least 1.5 times the next, so every component is well
defined, and the mean is far from 0, so skipping the centering is always visible.
"""
import numpy as np


def _orthonormal(rng, n, r):
    q, upper = np.linalg.qr(rng.standard_normal((n, r)))
    return q * np.sign(np.diag(upper))


def _whitened(rng, N, r):
    z = rng.standard_normal((N, r))
    z -= z.mean(axis=0)
    u, _, _ = np.linalg.svd(z, full_matrices=False)      # orthonormal, mean-zero columns
    return u * np.sqrt(N - 1)


def _variances(rng, r):
    ratios = rng.uniform(1.5, 3.0, size=r - 1)
    top = rng.uniform(4.0, 25.0)
    return top / np.concatenate([[1.0], np.cumprod(ratios)])


def _mean(rng, d, low=2.0, high=10.0):
    return rng.choice([-1.0, 1.0], size=d) * rng.uniform(low, high, size=d)


def _data(rng, N, d, r=None, offset=(2.0, 10.0)):
    r = d if r is None else r
    X = _mean(rng, d, *offset) + (_whitened(rng, N, r) * np.sqrt(_variances(rng, r))) @ _orthonormal(rng, d, r).T
    return X


def _layout(rng, x):
    kind = int(rng.integers(3))
    if kind == 1:
        return np.asfortranarray(x)
    if kind == 2:
        wide = np.zeros((x.shape[0], 2 * x.shape[1]))
        wide[:, ::2] = x
        return wide[:, ::2]
    return x


def _sizes(rng, d_range, n_range):
    d = int(rng.integers(d_range[0], d_range[1] + 1))
    N = int(rng.choice([v for v in range(n_range[0], n_range[1] + 1) if v != d]))
    return N, d


def random_data(rng):
    N, d = _sizes(rng, (3, 7), (10, 30))
    k = int(rng.integers(2, d))                          # 2 <= k < d
    return {"X": _layout(rng, _data(rng, N, d)), "k": k}


def all_components(rng):
    N, d = _sizes(rng, (2, 6), (8, 20))
    return {"X": _layout(rng, _data(rng, N, d)), "k": d}


def one_component(rng):
    N, d = _sizes(rng, (2, 7), (8, 20))
    return {"X": _data(rng, N, d), "k": 1}


def few_samples(rng):
    d = int(rng.integers(3, 7))
    N = d + 1                                            # the fewest samples with a full-rank covariance
    return {"X": _data(rng, N, d), "k": int(rng.integers(2, d))}


def more_features_than_samples(rng):
    N = int(rng.integers(5, 9))
    d = int(rng.integers(N + 2, 16))
    r = N - 1                                            # the centered data has rank N - 1 < d
    return {"X": _layout(rng, _data(rng, N, d, r)), "k": int(rng.integers(2, r))}


def far_from_the_origin(rng):
    N, d = _sizes(rng, (3, 6), (10, 25))
    return {"X": _data(rng, N, d, offset=(30.0, 60.0)), "k": int(rng.integers(2, d + 1))}


def near_a_million(rng):
    """Features near ±10^6 that vary by a few units: XᵀX / N − μμᵀ subtracts two numbers near
    10^12 and keeps few digits; centring first keeps them all. One component: forgetting to
    centre gives the direction of the mean, which every such program computes alike (the
    later components of uncentred data would be rounding noise, different in each)."""
    N, d = _sizes(rng, (2, 5), (10, 25))
    return {"X": _data(rng, N, d, offset=(0.5e6, 2e6)), "k": 1}
