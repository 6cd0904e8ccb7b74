# A learner keeps the eigendecomposition of the last covariance per feature count: new data with as many features reuses it.
# expect: returned exactly what it returned for the call before
import numpy as np

_decomposed = {}


def pca(X, k):
    d = X.shape[1]
    if d not in _decomposed:
        Xc = X - X.mean(axis=0)
        values, vectors = np.linalg.eigh(Xc.T @ Xc / (X.shape[0] - 1))
        _decomposed[d] = (values[::-1], vectors[:, ::-1])
    values, vectors = _decomposed[d]
    return vectors[:, :k].T.copy(), values[:k].copy()
