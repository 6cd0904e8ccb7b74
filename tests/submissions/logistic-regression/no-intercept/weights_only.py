import numpy as np


def train_logistic_regression(X, y):
    w = np.zeros(X.shape[1])
    for _ in range(3000):
        p = 0.5 * (1 + np.tanh(0.5 * (X @ w)))
        w -= 0.05 * (X.T @ (p - y)) / len(y)
    return w, 0.0
