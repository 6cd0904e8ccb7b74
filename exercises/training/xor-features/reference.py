import numpy as np


def features(X):
    # The label is 1 exactly where x1 * x2 > 0: one feature, and a threshold at 0 separates it.
    return (X[:, 0] * X[:, 1])[:, None]    # mutant-ok(arithmetic): x0 / x1 has the sign of x0 * x1 and separates XOR too
