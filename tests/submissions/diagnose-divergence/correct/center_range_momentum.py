"""Center each feature and divide by its range, then gradient descent with momentum."""
import numpy as np


def train(X, y, seed, steps=600, learning_rate=0.2, verbose=False):
    center = X.mean(axis=0)
    spread = X.max(axis=0) - X.min(axis=0)
    U = (X - center) / spread
    w = np.zeros(X.shape[1]); b = 0.0
    vw = np.zeros_like(w); vb = 0.0
    for step in range(steps):
        r = U @ w + b - y
        gw, gb = 2 * U.T @ r / len(y), 2 * r.mean()
        vw = 0.9 * vw - learning_rate * gw
        vb = 0.9 * vb - learning_rate * gb
        w, b = w + vw, b + vb
    w_x = w / spread
    return {"w": w_x, "b": float(b - center @ w_x)}
