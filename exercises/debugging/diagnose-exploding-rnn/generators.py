"""Sequences for a recurrent network to regress: a moving average of its inputs.

x_t ~ N(0, 1), y_t = s_t + 0.1 n_t with s_t = a s_{t-1} + sqrt(1 - a^2) x_t, s_0 = 0, and a
decay a drawn per case in [0.75, 0.9] (a memory of about 1 / (1 - a) = 4 to 10 steps). s_t has
variance 1 - a^(2t), close to 1: predicting 0 costs about 1.0, the best prediction with no
memory (a multiple of x_t) costs a^2 + 0.01 >= 0.57, a trained network about 0.1.

Training sets: 20 to 28 sequences of 24 to 32 steps, long enough for the starter's gradient to
explode (its Wh has spectral radius about 4: the gradient grows about 1.4 times per step of
sequence). The held-out set is private: 100 sequences of 200 steps with the same a, on which
the grader runs the trained network itself. The public example also carries y_other, a
second target on the same X (decay 0.5), to see that the parameters come from the data.
"""
import numpy as np

LONG_N, LONG_T = 100, 200


def _targets(rng, X, a):
    """The moving average with decay a of each row of X, plus noise of std 0.1."""
    s, y = np.zeros(len(X)), np.empty_like(X)
    for t in range(X.shape[1]):
        s = a * s + np.sqrt(1.0 - a * a) * X[:, t]
        y[:, t] = s
    return y + 0.1 * rng.normal(size=X.shape)


def _case(rng, n, T, a):
    X = rng.normal(size=(n, T))
    X_long = rng.normal(size=(LONG_N, LONG_T))
    return {"X": X, "y": _targets(rng, X, a), "seed": int(rng.integers(0, 2**31 - 1)),
            "_X_long": X_long, "_y_long": _targets(rng, X_long, a)}


def example(rng):
    """The public example: 24 sequences of 28 steps, decay 0.8, the same on every attempt."""
    rng = np.random.default_rng(0)
    case = _case(rng, 24, 28, 0.8)
    case["y_other"] = _targets(rng, case["X"], 0.5)
    return case


def sequences(rng):
    """A hidden case: 20 to 28 sequences of 24 to 32 steps, decay in [0.75, 0.9]."""
    n, T = int(rng.integers(20, 29)), int(rng.integers(24, 33))
    return _case(rng, n, T, float(rng.uniform(0.75, 0.9)))
