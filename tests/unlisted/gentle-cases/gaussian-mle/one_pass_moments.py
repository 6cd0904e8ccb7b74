# expect: catastrophic cancellation
# cov = E[x x^T] - mu mu^T (one-pass formula); catastrophic cancellation for data with a large offset (e.g. values ~1e8) gives garbage (X = 1e8 + N(0,1) gives [[6,-10],[-10,-10]] instead of ~[[0.94,0.13],[0.13,0.89]]), even negative variances
import numpy as np
def gaussian_mle(X):
    N = X.shape[0]
    mu = X.mean(axis=0)
    return mu, X.T @ X / N - np.outer(mu, mu)
