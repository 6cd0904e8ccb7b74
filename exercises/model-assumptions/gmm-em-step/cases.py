"""Hidden cases of one EM step for a 1-D Gaussian mixture.

The data is drawn from a "true" mixture and the step starts from parameters near it but
not equal to it (means off by about one unit, spreads off by up to 40%), so every
parameter moves in the step and the variances about the old and the new means differ.
Every component is the most likely one for at least three points, so hard assignments
never leave a component empty (which would be 0/0 rather than a wrong answer), and the
soft counts stay well away from 0.

The far-point cases add a few points hundreds to thousands of standard deviations from
every component. There, (x - mu)^2 / (2 var) exceeds 745 for every k, so exp of minus it
underflows to exactly 0 in linear space and the responsibilities are 0/0; in log space
they are finite (the point goes, in effect, entirely to the widest component). These
cases run with NumPy's floating-point errors raising.
"""
import numpy as np


def _draw(rng, K, N, gap):
    while True:
        centers = rng.uniform(-10.0, 10.0) + np.cumsum(rng.uniform(*gap, size=K))
        sizes = rng.uniform(0.7, 1.5, size=K)
        mix = rng.dirichlet(3.0 * np.ones(K))
        z = np.concatenate([np.repeat(np.arange(K), 3), rng.choice(K, size=N - 3 * K, p=mix)])
        X = centers[z] + sizes[z] * rng.normal(size=N)
        rng.shuffle(X)
        order = rng.permutation(K)                       # components not sorted by mean
        means = (centers + rng.normal(0.0, 0.8, size=K))[order]
        variances = (sizes * rng.uniform(0.6, 1.4, size=K))[order] ** 2
        weights = rng.dirichlet(5.0 * np.ones(K))
        weights = 0.5 * weights + 0.5 / K                # every weight at least 1/(2K)
        if _every_component_wins(X, weights, means, variances, 3):
            return X, weights, means, variances


def _every_component_wins(X, weights, means, variances, least):
    log_joint = (np.log(weights) - 0.5 * np.log(2 * np.pi * variances)
                 - (X[:, None] - means) ** 2 / (2 * variances))
    wins = np.bincount(log_joint.argmax(axis=1), minlength=len(weights))
    return wins.min() >= least


def _case(X, weights, means, variances):
    return {"X": X, "weights": weights, "means": means, "variances": variances}


def separated(rng):
    K, N = int(rng.integers(2, 5)), int(rng.integers(20, 61))
    return _case(*_draw(rng, K, N, gap=(4.0, 8.0)))


def overlapping(rng):
    K, N = int(rng.integers(2, 5)), int(rng.integers(30, 81))
    return _case(*_draw(rng, K, N, gap=(1.5, 3.0)))


def single_component(rng):
    N = int(rng.integers(10, 40))
    return _case(*_draw(rng, 1, N, gap=(0.0, 1.0)))


def far_points(rng):
    K, N = int(rng.integers(2, 5)), int(rng.integers(20, 50))
    X, weights, means, variances = _draw(rng, K, N, gap=(3.0, 6.0))
    far = int(rng.integers(1, 4))
    distance = rng.uniform(300.0, 3000.0, size=far) * rng.choice([-1.0, 1.0], size=far)
    X = np.concatenate([X, means.mean() + distance])
    rng.shuffle(X)
    return _case(X, weights, means, variances)
