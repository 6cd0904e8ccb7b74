# kind: combined
# expect: uncentered, singular-values-not-squared
# why: runs the SVD on X itself (no centering) and reports s / (N - 1) as the variances, without squaring the singular values
import numpy as np


def pca(X, k):
    N = len(X)
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    components = Vt[:k]
    explained_variance = s[:k] / (N - 1)
    return components, explained_variance
