import numpy as np


def _standardize(X):
    std = X.std(axis=0)
    std = np.where(np.all(X == X[0], axis=0), 1.0, std)
    return (X - X.mean(axis=0)) / std


def standardize_split(X_train, X_test):
    return _standardize(X_train), _standardize(X_test)   # the test set uses its own statistics
