import numpy as np


class Scaler:
    def fit(self, X):
        self.mean_ = np.mean(X, axis=0)
        scale = np.std(X, axis=0)
        scale[scale == 0] = 1.0
        self.scale_ = scale
        return self

    def transform(self, X):
        return (X - self.mean_) / self.scale_


def standardize_split(X_train, X_test):
    scaler = Scaler().fit(X_train)
    return scaler.transform(X_train), scaler.transform(X_test)
