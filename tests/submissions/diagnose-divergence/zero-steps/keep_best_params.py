import numpy as np


def train(X, y, seed, steps=200, learning_rate=0.01, verbose=False):
    """Early stopping: keep the parameters with the lowest loss seen so far."""
    N, D = X.shape
    w, b = np.zeros(D), 0.0
    best = (np.inf, w.copy(), b)
    for step in range(steps):
        err = X @ w + b - y
        loss = np.mean(err ** 2)
        if loss < best[0]:
            best = (loss, w.copy(), b)
        else:
            break
        w = w - learning_rate * 2 * X.T @ err / N
        b = b - learning_rate * 2 * np.mean(err)
    return {"w": best[1], "b": best[2]}
