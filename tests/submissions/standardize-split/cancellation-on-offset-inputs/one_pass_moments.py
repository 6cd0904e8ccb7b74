import numpy as np


def standardize_split(X_train, X_test):
    n = X_train.shape[0]
    mu = X_train.sum(axis=0) / n
    var = (X_train ** 2).sum(axis=0) / n - mu ** 2
    sigma = np.sqrt(np.clip(var, 0.0, None))
    sigma[np.ptp(X_train, axis=0) == 0] = 1.0
    return (X_train - mu) / sigma, (X_test - mu) / sigma
