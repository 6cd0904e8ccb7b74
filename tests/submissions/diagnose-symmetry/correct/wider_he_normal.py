import numpy as np


def train(X, y, seed, verbose=False):
    rng = np.random.default_rng(seed)
    H = 32
    W1 = rng.standard_normal((2, H))
    W2 = rng.standard_normal((H, 2)) * np.sqrt(2.0 / H)
    b1, b2 = np.zeros(H), np.zeros(2)
    T = np.eye(2)[y]
    for _ in range(500):
        h = np.tanh(X @ W1 + b1)
        z = h @ W2 + b2
        q = np.exp(z - z.max(1, keepdims=True))
        g = (q / q.sum(1, keepdims=True) - T) / len(y)
        gh = g @ W2.T * (1 - h * h)
        W2 -= 0.5 * h.T @ g
        b2 -= 0.5 * g.sum(0)
        W1 -= 0.5 * X.T @ gh
        b1 -= 0.5 * gh.sum(0)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
