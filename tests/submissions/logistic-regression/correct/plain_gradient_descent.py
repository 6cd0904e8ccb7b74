import numpy as np


def sigmoid(z):
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    out[~pos] = e / (1.0 + e)
    return out


def train_logistic_regression(X, y):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    lr = 0.15
    for step in range(3000):
        err = sigmoid(X.dot(w) + b) - y
        w -= lr * X.T.dot(err) / n
        b -= lr * err.mean()
    return w, b
