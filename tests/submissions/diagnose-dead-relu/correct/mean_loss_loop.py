import numpy as np


def train(X, y, seed):
    rng = np.random.default_rng(seed)
    N, D = X.shape
    W1 = rng.standard_normal((D, 16)) * np.sqrt(2.0 / D)
    b1 = np.full(16, 0.01)                       # a small positive bias: every unit starts alive
    W2 = rng.standard_normal((16, 2)) * 0.25
    b2 = np.zeros(2)
    onehot = np.zeros((N, 2))
    onehot[np.arange(N), y] = 1.0
    for _ in range(300):
        pre = X @ W1 + b1
        act = np.where(pre > 0, pre, 0.0)
        logits = act @ W2 + b2
        logits -= logits.max(axis=1, keepdims=True)
        prob = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        g = (prob - onehot) / N                  # gradient of the MEAN cross-entropy
        gW2, gb2 = act.T @ g, g.sum(0)
        gpre = (g @ W2.T) * (pre > 0)
        gW1, gb1 = X.T @ gpre, gpre.sum(0)
        W1 -= 0.8 * gW1
        b1 -= 0.8 * gb1
        W2 -= 0.8 * gW2
        b2 -= 0.8 * gb2
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
