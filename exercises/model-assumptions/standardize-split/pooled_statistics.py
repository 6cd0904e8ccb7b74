# Mistake: pooled-statistics. The reference with the statistics of the training and test rows together.
import numpy as np


def standardize_split(X_train, X_test):
    both = np.vstack([X_train, X_test])                # the mistake: the test rows leak into the statistics
    mean = both.mean(axis=0)
    std = both.std(axis=0)
    constant = np.all(both == both[0], axis=0)
    std = np.where(constant, 1.0, std)
    return (X_train - mean) / std, (X_test - mean) / std
