import numpy as np


def train(X, y, seed, steps=200, learning_rate=0.1, verbose=False):
    N, D = X.shape
    mean, scale = X.mean(axis=0), X.std(axis=0)
    Z = (X - mean) / scale
    w, b = np.zeros(D), 0.0
    for step in range(steps):
        err = Z @ w + b - y
        w = w - learning_rate * 2 * Z.T @ err / N
        b = b - learning_rate * 2 * np.mean(err)
    return {"w": w / scale, "b": b}               # w converted, b forgotten
