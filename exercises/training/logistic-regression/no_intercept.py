import numpy as np


def train_logistic_regression(X, y, learning_rate=0.1, steps=1000):
    N, D = X.shape
    w = np.zeros(D)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))          # no b: the boundary x.w = 0 contains the origin
        w = w - learning_rate * X.T @ (p - y) / N
    return w, 0.0
