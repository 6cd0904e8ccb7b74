# kind: harmless
# expect: uncentered
# why: second moment E[x x^T] instead of the covariance; einsum and sum/len are equivalent to @ and mean
import numpy as np


def gaussian_mle(X):
    N = len(X)
    mu = X.sum(axis=0) / N
    second = np.einsum("ni,nj->ij", X, X) / N
    return mu, second
