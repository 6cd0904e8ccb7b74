import numpy as np


def gaussian_mle(X):
    return np.mean(X, axis=0), np.cov(X, rowvar=False, bias=True).reshape(X.shape[1], X.shape[1])
