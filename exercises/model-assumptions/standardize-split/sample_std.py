import numpy as np


def standardize_split(X_train, X_test):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0, ddof=1)                  # the sample std, as pandas' .std() gives
    std = np.where(np.all(X_train == X_train[0], axis=0), 1.0, std)
    return (X_train - mean) / std, (X_test - mean) / std
