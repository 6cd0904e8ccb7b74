# kind: unlisted
# expect: generic:missing-reshape
# why: mu is kept as a (1, d) row (keepdims=True, handy for centering) and returned as is instead of shape (d,)
import numpy as np


def gaussian_mle(X):
    N = X.shape[0]
    mu = X.mean(axis=0, keepdims=True)      # (1, d), broadcasts against X
    Xc = X - mu
    cov = Xc.T @ Xc / N
    return mu, cov
