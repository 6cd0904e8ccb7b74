# expect: did not use w1 from init_params(seed)
# Trains every parameter, but from an initialization of its own choosing (a wider one, from
# another seed) instead of init_params(seed): the run the grader asked for never happened.
import numpy as np


def init_params(seed):
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(0.0, 1.0, size=(2, 12)), "b1": rng.normal(0.0, 1.0, size=12),
            "W2": rng.normal(0.0, 1.0 / np.sqrt(12), size=(12, 1)), "b2": np.zeros(1)}


def train(X, y, seed):
    p = init_params(seed + 1)
    p["W1"] = 1.5 * p["W1"]
    v = {k: np.zeros_like(p[k]) for k in p}
    for _ in range(1000):
        h = np.tanh(X @ p["W1"] + p["b1"])
        d = 2.0 * ((h @ p["W2"])[:, 0] + p["b2"] - y)[:, None] / len(y)
        dz = d @ p["W2"].T * (1 - h ** 2)
        g = {"W1": X.T @ dz, "b1": dz.sum(0), "W2": h.T @ d, "b2": d.sum(0)}
        for k in p:
            v[k] = 0.9 * v[k] - 0.1 * g[k]
            p[k] = p[k] + v[k]
    return p
