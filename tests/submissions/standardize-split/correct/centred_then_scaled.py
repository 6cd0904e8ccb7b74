import numpy as np


def standardize_split(X_train, X_test):
    mu = np.mean(X_train, axis=0)
    centred = X_train - mu
    sigma = np.sqrt(np.mean(centred * centred, axis=0))
    stuck = (X_train == X_train[:1]).all(axis=0)
    sigma[stuck] = 1.0
    return centred / sigma, (X_test - mu) / sigma
