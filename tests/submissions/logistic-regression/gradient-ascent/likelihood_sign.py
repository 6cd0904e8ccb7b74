"""Uses the gradient of the log-LIKELIHOOD, (y - p) x, but subtracts it as if it were the loss's."""
import numpy as np


def train_logistic_regression(X, y):
    A = np.column_stack([X, np.ones(len(X))])
    theta = np.zeros(A.shape[1])
    for _ in range(1500):
        p = 1 / (1 + np.exp(-A @ theta))
        theta -= 0.2 * A.T @ (y - p) / len(y)
    return theta[:-1], float(theta[-1])
