# kind: harmless
# expect: ascending-order
# why: keeps eigh's last k columns and values (the k largest) but never reverses them, so the smallest of them comes first; the einsum covariance, the loop that renormalizes each row and the float64 copy change nothing
import numpy as np


def pca(X, k):
    X = np.array(X, dtype=np.float64)          # my own copy, X itself stays as it was
    n = X.shape[0]
    mu = X.mean(axis=0)
    centered = X - mu
    cov = np.einsum("ni,nj->ij", centered, centered) / (n - 1)

    lam, vecs = np.linalg.eigh(cov)
    lam_top = lam[-k:]
    comps = vecs[:, -k:].T.copy()
    for r in range(comps.shape[0]):
        comps[r] = comps[r] / np.linalg.norm(comps[r])   # already unit length, just to be sure
    return comps, lam_top
