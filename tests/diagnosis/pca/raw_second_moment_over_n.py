# kind: combined
# expect: uncentered, biased-variance
# why: takes the eigenvectors of X^T X / N: the mean is never subtracted and the "covariance" divides by N instead of N - 1
import numpy as np


def pca(X, k):
    n_samples = X.shape[0]
    cov = (X.T @ X) / n_samples
    eigvals, eigvecs = np.linalg.eigh(cov)
    idx = np.argsort(eigvals)[::-1]
    eigvals = eigvals[idx]
    eigvecs = eigvecs[:, idx]
    components = eigvecs[:, :k].T
    explained_variance = eigvals[:k]
    return components, explained_variance
