import numpy as np

KEYS = ("W1", "b1", "W2", "b2")


def init_params(seed):
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(0.0, 1.0, size=(2, 12)), "b1": rng.normal(0.0, 1.0, size=12),
            "W2": rng.normal(0.0, 1.0 / np.sqrt(12), size=(12, 1)), "b2": np.zeros(1)}


def _grads(p, X, y):
    h = np.tanh(X @ p["W1"] + p["b1"])
    e = (h @ p["W2"] + p["b2"]).ravel() - y
    g_out = 2.0 * e[:, None] / len(y)
    g_hid = g_out @ p["W2"].T * (1 - h * h)
    return {"W1": X.T @ g_hid, "b1": g_hid.sum(0), "W2": h.T @ g_out, "b2": g_out.sum(0)}


def train(X, y, seed):
    p = init_params(seed)
    v = {k: np.zeros_like(p[k]) for k in KEYS}
    for _ in range(1000):
        g = _grads(p, X, y)
        for k in KEYS:                      # every key must be present: a KeyError, not a silent skip
            v[k] = 0.9 * v[k] - 0.1 * g[k]
            p[k] += v[k]                    # in place, on the dict's own array
    return p
