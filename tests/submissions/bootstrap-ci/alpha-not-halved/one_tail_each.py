import numpy as np


def bootstrap_ci(x, B, alpha, rng):
    idx = rng.integers(0, len(x), size=(B, len(x)))
    m = np.asarray(x)[idx].mean(axis=1)
    lower, upper = np.quantile(m, [alpha, 1 - alpha])
    return float(lower), float(upper)
