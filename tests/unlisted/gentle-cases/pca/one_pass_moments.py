# expect: catastrophic cancellation
# covariance via (X^T X - N mu mu^T)/(N-1) (one-pass formula); catastrophic cancellation on data with a large offset (X = 1e8 + noise with variances ~[11.3, 0.69] returns ~[25.9, 3.9])
import numpy as np
def pca(X, k):
    N = X.shape[0]
    mu = X.mean(axis=0)
    C = (X.T @ X - N * np.outer(mu, mu)) / (N - 1)
    vals, vecs = np.linalg.eigh(C)
    order = np.argsort(vals)[::-1][:k]
    return vecs[:, order].T, vals[order]
