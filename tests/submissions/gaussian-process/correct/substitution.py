import numpy as np


def _kernel(A, B, ell, sf2):
    out = np.empty((A.shape[0], B.shape[0]))
    for i in range(A.shape[0]):
        for j in range(B.shape[0]):
            out[i, j] = sf2 * np.exp(-np.sum((A[i] - B[j]) ** 2) / (2.0 * ell * ell))
    return out


def _lower_solve(L, B):
    X = np.zeros(B.shape)
    for i in range(L.shape[0]):
        X[i] = (B[i] - L[i, :i] @ X[:i]) / L[i, i]
    return X


def _upper_solve(U, B):
    n = U.shape[0]
    X = np.zeros(B.shape)
    for i in range(n - 1, -1, -1):
        X[i] = (B[i] - U[i, i + 1:] @ X[i + 1:]) / U[i, i]
    return X


def gp_posterior(X_train, y_train, X_test, lengthscale, signal_variance, noise_variance):
    n = len(y_train)
    K = _kernel(X_train, X_train, lengthscale, signal_variance) + noise_variance * np.eye(n)
    L = np.linalg.cholesky(K)
    alpha = _upper_solve(L.T, _lower_solve(L, y_train))
    Ks = _kernel(X_train, X_test, lengthscale, signal_variance)
    V = _lower_solve(L, Ks)
    mu = Ks.T @ alpha
    Sigma = _kernel(X_test, X_test, lengthscale, signal_variance) - V.T @ V
    lml = -0.5 * float(y_train @ alpha) - float(np.log(np.diag(L)).sum()) - n / 2 * np.log(2 * np.pi)
    return mu, Sigma, float(lml)
