import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))        # = 1 / (1 + e^-z), with no overflow


def train_logistic_regression(X, y, learning_rate=1.0, steps=500):
    # Center and scale every feature, so that one learning rate suits every direction.
    mean, scale = X.mean(axis=0), X.std(axis=0)   # mutant-ok(keyword_dropped): one common scale trains too
    Z = (X - mean) / scale
    N, D = Z.shape
    w, b = np.zeros(D), 0.0                        # mutant-ok(constant): the loss is convex, any start
    for _ in range(steps):
        p = sigmoid(Z @ w + b)                     # (N,) predicted P(y = 1)
        dw = Z.T @ (p - y) / N                     # dL/dw, (D,)
        db = np.mean(p - y)                        # dL/db
        w = w - learning_rate * dw                 # step AGAINST the gradient
        b = b - learning_rate * db
    # Back to the units of X: w.z + b = (w / scale).x + (b - (w / scale).mean).
    w_raw = w / scale
    return w_raw, float(b - w_raw @ mean)
