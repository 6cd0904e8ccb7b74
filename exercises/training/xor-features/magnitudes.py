import numpy as np


def features(X):
    a = np.abs(X)
    return np.column_stack([a, a[:, 0] * a[:, 1]])   # |x1|, |x2|, |x1 x2|: a product, but of magnitudes
