import math

import numpy as np


def standardize_split(X_train, X_test):
    N, D = X_train.shape
    Z_train = np.empty((N, D))
    Z_test = np.empty((X_test.shape[0], D))
    for d in range(D):
        column = [float(v) for v in X_train[:, d]]
        mu = sum(column) / N
        sigma = math.sqrt(sum((v - mu) ** 2 for v in column) / N)
        if max(column) == min(column):
            sigma = 1.0
        Z_train[:, d] = (X_train[:, d] - mu) / sigma
        Z_test[:, d] = (X_test[:, d] - mu) / sigma
    return Z_train, Z_test
