import numpy as np


def rbf_kernel(A, B, lengthscale, signal_variance):
    """k(a, b) = signal_variance · exp(−‖a − b‖² / (2 lengthscale²)) for every row pair: (len A, len B)."""
    sq_dist = ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=2)
    return signal_variance * np.exp(-sq_dist / (2 * lengthscale ** 2))


def gp_posterior(X_train, y_train, X_test, lengthscale, signal_variance, noise_variance):
    N = X_train.shape[0]
    K = rbf_kernel(X_train, X_train, lengthscale, signal_variance) + noise_variance * np.eye(N)
    L = np.linalg.cholesky(K)                                   # K = L Lᵀ
    alpha = np.linalg.solve(L.T, np.linalg.solve(L, y_train))   # K⁻¹ y by two triangular solves
    K_star = rbf_kernel(X_train, X_test, lengthscale, signal_variance)   # (N, M)
    mean = K_star.T @ alpha
    V = np.linalg.solve(L, K_star)                              # L⁻¹ K*
    cov = rbf_kernel(X_test, X_test, lengthscale, signal_variance) + noise_variance * np.eye(X_test.shape[0]) - V.T @ V   # noisy y*
    log_det_half = np.sum(np.log(np.diag(L)))                   # ½ log|K|
    lml = -0.5 * y_train @ alpha - log_det_half - 0.5 * N * np.log(2 * np.pi)
    return mean, cov, float(lml)
