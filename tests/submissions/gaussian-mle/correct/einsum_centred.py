import numpy as np


def gaussian_mle(X):
    mu = np.mean(X, axis=0)
    D = X - mu
    return mu, np.einsum("ni,nj->ij", D, D) / X.shape[0]
