import numpy as np


def standardize_split(X_train, X_test):
    data = np.concatenate((X_train, X_test), axis=0)
    mu = data.sum(axis=0) / len(data)
    sd = np.sqrt(((data - mu) ** 2).sum(axis=0) / len(data))
    sd[sd == 0] = 1
    Z = (data - mu) / sd
    return Z[:len(X_train)], Z[len(X_train):]
