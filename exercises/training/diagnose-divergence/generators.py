"""Regression data whose features live on wildly different scales, like real tabular data.

Feature j is  x_j = m_j + s_j * z_j  with z_j ~ N(0, 1): its scale s_j spans 0.1 to 3000
(one feature always at 300-3000, one always at 0.1-3), and its mean m_j sits up to three
scales away from 0. The target is linear in the standardized features plus noise,

    y = z @ a + c + noise,    a_j ~ +-U(1, 3),  c ~ U(-10, 10),  noise ~ N(0, sigma^2),

so every feature matters about equally. On the raw features the curvature of the squared
error (the Hessian 2/N [X 1]^T [X 1]) has its largest eigenvalue between 3e5 and 2e8 and
its smallest between 0.02 and 1.4 (condition numbers 1e6 to 6e9, over 300 seeds): the
starter's learning rate 0.01 is thousands of times above the stable limit 2 / lambda_max,
and no single learning rate that is stable for the big feature moves the small ones in
any reasonable number of steps.

`y_other` is a second target on the same X, with its own a and c: the grader trains on
both, and a model that does not depend on the data gives the same answer twice. The
held-out data are private.
"""
import numpy as np


def _target(rng, Z, a, c, sigma):
    return Z @ a + c + sigma * rng.normal(size=len(Z))


def _regression(rng, n, dim):
    log_scale = rng.uniform(-1.0, 3.5, size=dim)
    log_scale[0] = rng.uniform(2.5, 3.5)
    log_scale[1] = rng.uniform(-1.0, 0.5)
    log_scale = rng.permutation(log_scale)
    scale = 10.0 ** log_scale
    mean = scale * rng.uniform(-3.0, 3.0, size=dim)
    sigma = rng.uniform(0.5, 1.0)

    def coefficients():
        return rng.uniform(1.0, 3.0, size=dim) * rng.choice([-1.0, 1.0], size=dim), rng.uniform(-10, 10)

    Z, Z_test = rng.normal(size=(n, dim)), rng.normal(size=(1000, dim))
    (a, c), (a2, c2) = coefficients(), coefficients()
    return {"X": mean + scale * Z, "y": _target(rng, Z, a, c, sigma), "y_other": _target(rng, Z, a2, c2, sigma),
            "seed": int(rng.integers(0, 2**31 - 1)),
            "_X_test": mean + scale * Z_test, "_y_test": _target(rng, Z_test, a, c, sigma)}


def example(rng):
    """The public example: 4 features, 300 points, the same on every attempt."""
    return _regression(np.random.default_rng(3), 300, 4)


def regression(rng):
    """3 to 6 features, 200 to 400 points."""
    return _regression(rng, int(rng.integers(200, 401)), int(rng.integers(3, 7)))
