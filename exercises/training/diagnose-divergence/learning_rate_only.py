import numpy as np


def train(X, y, seed, steps=200, learning_rate=None, verbose=False):
    # Stable at last: the learning rate is set to 1 / lambda_max of the Hessian of the loss.
    # But on raw features the curvatures span eight orders of magnitude, and the flat
    # directions barely move in 200 steps.
    N, D = X.shape
    A = np.column_stack([X, np.ones(N)])
    learning_rate = 1.0 / np.linalg.eigvalsh(2 * A.T @ A / N).max()
    w, b = np.zeros(D), 0.0
    for step in range(steps):
        err = X @ w + b - y
        w = w - learning_rate * 2 * X.T @ err / N
        b = b - learning_rate * 2 * np.mean(err)
    return {"w": w, "b": b}
