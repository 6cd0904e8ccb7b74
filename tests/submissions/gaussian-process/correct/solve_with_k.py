import numpy as np


def gp_posterior(X_train, y_train, X_test, lengthscale, signal_variance, noise_variance):
    def k(a, b):
        sq = (a ** 2).sum(1)[:, None] + (b ** 2).sum(1)[None, :] - 2 * a @ b.T
        return signal_variance * np.exp(-np.maximum(sq, 0) / (2 * lengthscale ** 2))

    K = k(X_train, X_train) + noise_variance * np.eye(X_train.shape[0])
    Ks = k(X_train, X_test)
    alpha = np.linalg.solve(K, y_train)
    mean = Ks.T.dot(alpha)
    cov = k(X_test, X_test) - Ks.T.dot(np.linalg.solve(K, Ks))
    logdet = 2 * np.log(np.diag(np.linalg.cholesky(K))).sum()
    lml = -0.5 * y_train.dot(alpha) - 0.5 * logdet - 0.5 * len(y_train) * np.log(2 * np.pi)
    return mean, cov, float(lml)
