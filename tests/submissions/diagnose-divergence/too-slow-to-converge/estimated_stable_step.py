import numpy as np


def train(X, y, seed, steps=200, verbose=False):
    """Keeps the raw features and picks a step of 90% of 2 / lambda_max, by power iteration."""
    A = np.column_stack([X, np.ones(len(X))])
    H = 2 * A.T @ A / len(X)
    v = np.ones(A.shape[1])
    for _ in range(100):
        v = H @ v
        v = v / np.linalg.norm(v)
    step = 0.9 * 2 / (v @ H @ v)
    theta = np.zeros(A.shape[1])
    for _ in range(steps):
        theta = theta - step * 2 * A.T @ (A @ theta - y) / len(X)
    return {"w": theta[:-1], "b": float(theta[-1])}
