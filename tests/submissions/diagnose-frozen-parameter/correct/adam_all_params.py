import numpy as np


def init_params(seed):
    rng = np.random.default_rng(seed)
    W1 = rng.normal(0.0, 1.0, size=(2, 12))
    b1 = rng.normal(0.0, 1.0, size=12)
    W2 = rng.normal(0.0, 1.0 / np.sqrt(12), size=(12, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": np.zeros(1)}


def train(X, y, seed):
    params = init_params(seed)
    names = sorted(params)
    m = [np.zeros_like(params[n]) for n in names]
    s = [np.zeros_like(params[n]) for n in names]
    n = len(y)
    for t in range(1, 1001):
        W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
        h = np.tanh(X @ W1 + b1)
        r = (h @ W2)[:, 0] + b2[0] - y
        d = (2.0 / n) * r
        dW2 = h.T @ d[:, None]
        dz = np.outer(d, W2[:, 0]) * (1 - h ** 2)
        g = {"W1": X.T @ dz, "b1": dz.sum(0), "W2": dW2, "b2": np.array([d.sum()])}
        assert set(g) == set(params)
        for i, name in enumerate(names):
            m[i] = 0.9 * m[i] + 0.1 * g[name]
            s[i] = 0.999 * s[i] + 0.001 * g[name] ** 2
            step = 0.02 * (m[i] / (1 - 0.9 ** t)) / (np.sqrt(s[i] / (1 - 0.999 ** t)) + 1e-8)
            params[name] = params[name] - step
    return params
