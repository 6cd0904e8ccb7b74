# Mistake: test-statistics. The reference with the test set standardized by its own statistics.
import numpy as np


def standardize_split(X_train, X_test):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    constant = np.all(X_train == X_train[0], axis=0)
    std = np.where(constant, 1.0, std)
    return (X_train - mean) / std, (X_test - X_test.mean(axis=0)) / np.where(np.all(X_test == X_test[0], axis=0), 1.0, X_test.std(axis=0))   # the mistake
