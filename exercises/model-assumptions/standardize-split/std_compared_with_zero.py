import numpy as np


def standardize_split(X_train, X_test):
    mean = X_train.mean(axis=0)                        # (D,), from the training rows only
    std = X_train.std(axis=0)                          # population std, ddof = 0
    constant = std == 0                                # mistake: rounding can leave std ~1e-17
    std = np.where(constant, 1.0, std)
    return (X_train - mean) / std, (X_test - mean) / std
