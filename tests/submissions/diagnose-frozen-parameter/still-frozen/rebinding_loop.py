import numpy as np


def init_params(seed):
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(0.0, 1.0, size=(2, 12)), "b1": rng.normal(0.0, 1.0, size=12),
            "W2": rng.normal(0.0, 1.0 / np.sqrt(12), size=(12, 1)), "b2": np.zeros(1)}


def train(X, y, seed):
    p = init_params(seed)
    W1, b1, W2, b2 = p["W1"], p["b1"], p["W2"], p["b2"]
    vel = [np.zeros_like(a) for a in (W1, b1, W2, b2)]
    for _ in range(1000):
        h = np.tanh(X @ W1 + b1)
        d = 2.0 * ((h @ W2)[:, 0] + b2 - y)[:, None] / len(y)
        dz = d @ W2.T * (1 - h ** 2)
        grads = [X.T @ dz, dz.sum(0), h.T @ d, d.sum(0)]
        for i, (param, g) in enumerate(zip([W1, b1, W2, b2], grads)):
            vel[i] = 0.9 * vel[i] - 0.1 * g
            if i == 0:
                param = param + vel[i]          # rebinds the loop name: W1 itself never changes
            else:
                param += vel[i]
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
