# Mistake: sample-std. The reference with the sample std (ddof = 1), as pandas' .std() gives.
import numpy as np


def standardize_split(X_train, X_test):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0, ddof=1)                  # the mistake: ddof = 1
    constant = np.all(X_train == X_train[0], axis=0)
    std = np.where(constant, 1.0, std)
    return (X_train - mean) / std, (X_test - mean) / std
