# kind: combined
# expect: rows-as-variables, uncentered
# why: sums x_n x_n^T as X @ X.T (an (N, N) matrix of sample-by-sample products) and never subtracts the mean
import numpy as np


def gaussian_mle(X):
    n = len(X)
    mean = np.mean(X, axis=0)
    # average of the outer products x_n x_n^T
    cov = np.dot(X, X.T) / n
    return mean, cov
