import numpy as np


def kern(A, B, ls, sv):
    d = ((A[:, None, :] - B[None, :, :]) ** 2).sum(-1)
    return sv * np.exp(-0.5 * d / ls ** 2)


def gp_posterior(X_train, y_train, X_test, lengthscale, signal_variance, noise_variance):
    n = X_train.shape[0]
    K = kern(X_train, X_train, lengthscale, signal_variance) + noise_variance * np.eye(n)
    L = np.linalg.cholesky(K)
    alpha = np.linalg.solve(L.T, np.linalg.solve(L, y_train))
    Ks = kern(X_train, X_test, lengthscale, signal_variance)
    v = np.linalg.solve(L, Ks)
    mean = Ks.T @ alpha
    cov = kern(X_test, X_test, lengthscale, signal_variance) - v.T @ v
    logdet = np.log(np.diag(L)).sum()
    lml = -0.5 * y_train @ alpha - 0.5 * logdet - 0.5 * n * np.log(2 * np.pi)
    return mean, cov, float(lml)
