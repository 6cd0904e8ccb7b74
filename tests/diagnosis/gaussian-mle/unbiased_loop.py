# kind: harmless
# expect: unbiased-covariance
# why: divides by N - 1 (Bessel); accumulating the outer products in a loop is the same sum as C.T @ C
import numpy as np


def gaussian_mle(X):
    n_samples, n_features = X.shape
    mu = np.zeros(n_features)
    for x in X:
        mu += x
    mu /= n_samples

    cov = np.zeros((n_features, n_features))
    for x in X:
        diff = x - mu
        cov += np.outer(diff, diff)
    cov /= (n_samples - 1)          # unbiased estimate
    return mu, cov
