import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    N, D = X.shape
    A = np.concatenate([X, np.ones((N, 1))], axis=1)
    A_aug = np.concatenate([A, np.sqrt(N * l2) * np.eye(D + 1)], axis=0)
    y_aug = np.concatenate([y, np.zeros(D + 1)])
    coef = np.linalg.lstsq(A_aug, y_aug, rcond=None)[0]
    return coef[:-1], float(coef[-1])
