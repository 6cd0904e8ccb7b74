import numpy as np


def features(X):
    # More features, but every one is a weighted sum of x1 and x2: still linear.
    x1, x2 = X[:, 0], X[:, 1]
    return np.column_stack([x1, x2, x1 + x2, x1 - x2])
