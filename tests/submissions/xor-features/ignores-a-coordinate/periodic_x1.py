import numpy as np


def features(X):
    t = X[:, 0]
    return np.column_stack((np.sin(t), np.cos(t), t))
