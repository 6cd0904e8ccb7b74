import numpy as np


def standardize_split(X_train, X_test):
    mean = X_train.mean(axis=0)                        # (D,), from the training rows only
    std = X_train.std(axis=0)                          # population std, ddof = 0
    constant = np.all(X_train == X_train[0], axis=0)   # a feature that never varies in training
    std = np.where(constant, 1.0, std)
    return (X_train - mean) / std, (X_test - mean) / std
