import numpy as np


def gp_posterior(X_train, y_train, X_test, lengthscale, signal_variance, noise_variance):
    """Gaussian-process regression with a zero prior mean and an RBF kernel.

    X_train: float (N, d); y_train: float (N,) (not centered); X_test: float (M, d);
    lengthscale, signal_variance, noise_variance: positive floats.
    k(a, b) = signal_variance · exp(−‖a − b‖² / (2 lengthscale²)).
    K = k(X_train, X_train) + noise_variance · I = L Lᵀ (lower Cholesky factor);
    alpha = K⁻¹ y by two triangular solves; K* = k(X_train, X_test) (N, M); V = L⁻¹ K*.
    Returns (mean, cov, log_marginal_likelihood):
      mean = K*ᵀ alpha (M,); cov = k(X_test, X_test) − Vᵀ V (M, M), the latent f (no noise);
      log_marginal_likelihood = −½ yᵀ alpha − Σ log L_ii − (N/2) log 2π, a float.
    inv, pinv, det, slogdet, lstsq, eig, eigh and svd are forbidden. Must not modify the inputs.
    """
    raise NotImplementedError("gp_posterior: kernel matrices, a Cholesky factor, triangular solves")
