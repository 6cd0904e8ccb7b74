import numpy as np


def _top(C, iters=5000, tol=1e-13):
    v = np.random.default_rng(0).standard_normal(C.shape[0])
    v /= np.linalg.norm(v)
    for _ in range(iters):
        w = C @ v
        w /= np.linalg.norm(w)
        if np.linalg.norm(w - v) < tol:
            v = w
            break
        v = w
    return v @ C @ v, v


def pca(X, k):
    """Power iteration with deflation: find the top direction, remove it, repeat."""
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (len(X) - 1)
    comps, variances = [], []
    for _ in range(k):
        lam, v = _top(C)
        comps.append(v)
        variances.append(lam)
        C = C - lam * np.outer(v, v)
    return np.array(comps), np.array(variances)
