import numpy as np


def _forward(params, X):
    h = np.maximum(0, X @ params["W1"] + params["b1"])
    s = h @ params["W2"] + params["b2"]
    e = np.exp(s - s.max())
    return h, e / e.sum(axis=1, keepdims=True)


def train_mlp(X, y, seed):
    rng = np.random.default_rng(seed)
    params = {"W1": rng.normal(size=(2, 40)), "b1": np.zeros(40),
              "W2": rng.normal(size=(40, 3)) * 0.15, "b2": np.zeros(3)}
    m = {k: np.zeros_like(w) for k, w in params.items()}
    s = {k: np.zeros_like(w) for k, w in params.items()}
    for t in range(1, 351):
        h, P = _forward(params, X)
        P[np.arange(len(y)), y] -= 1
        P /= len(y)
        dh = (P @ params["W2"].T) * (h > 0)
        g = {"W1": X.T @ dh, "b1": dh.sum(0), "W2": h.T @ P, "b2": P.sum(0)}
        for k in params:
            m[k] = 0.9 * m[k] + 0.1 * g[k]
            s[k] = 0.999 * s[k] + 0.001 * g[k] ** 2
            params[k] -= 0.04 * m[k] / (1 - 0.9 ** t) / (np.sqrt(s[k] / (1 - 0.999 ** t)) + 1e-8)
    return params


def predict(params, X):
    _, probabilities = _forward(params, X)
    return probabilities.argmax(axis=0)
