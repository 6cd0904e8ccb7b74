import numpy as np

HIDDEN, STEPS = 16, 400


def train(X, y, seed):
    # Keeps the summed loss, but divides the learning rate by N: the same step as the mean.
    rng = np.random.default_rng(seed)
    p = {"W1": rng.normal(0.0, 1.0, size=(2, HIDDEN)), "b1": np.zeros(HIDDEN),
         "W2": rng.normal(0.0, 0.25, size=(HIDDEN, 2)), "b2": np.zeros(2)}
    lr = 0.5 / len(y)
    for _ in range(STEPS):
        z = X @ p["W1"] + p["b1"]
        h = np.maximum(z, 0)
        s = h @ p["W2"] + p["b2"]
        e = np.exp(s - s.max(1, keepdims=True))
        d = e / e.sum(1, keepdims=True)
        d[np.arange(len(y)), y] -= 1
        dz = (d @ p["W2"].T) * (z > 0)
        g = {"W1": X.T @ dz, "b1": dz.sum(0), "W2": h.T @ d, "b2": d.sum(0)}
        for k in p:
            p[k] = p[k] - lr * g[k]
    return p
