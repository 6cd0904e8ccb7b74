import numpy as np


class Scaler:
    def fit_transform(self, X):
        mean = np.mean(X, axis=0)
        scale = np.std(X, axis=0)
        scale[scale == 0] = 1.0
        return (X - mean) / scale


def standardize_split(X_train, X_test):
    return Scaler().fit_transform(X_train), Scaler().fit_transform(X_test)
