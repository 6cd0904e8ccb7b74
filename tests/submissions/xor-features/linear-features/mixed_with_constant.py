import numpy as np


def features(X):
    M = np.array([[1.0, 2.0, 0.5], [3.0, -1.0, 0.0]])
    return np.hstack([X @ M, np.ones((len(X), 1))])
