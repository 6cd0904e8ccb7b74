import numpy as np


def features(X):
    x1 = X[:, 0]
    return np.column_stack([x1, x1 ** 2])    # x2 never enters
