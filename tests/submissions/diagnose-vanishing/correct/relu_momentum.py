import numpy as np

SIZES = [16, 16, 16, 16, 16, 16, 16, 16, 16, 1]


def init_params(seed):
    rng = np.random.default_rng(seed)
    out = {}
    for i in range(1, 10):
        out[f"W{i}"] = rng.normal(size=(SIZES[i - 1], SIZES[i])) * (2.0 / SIZES[i - 1]) ** 0.5
        out[f"b{i}"] = np.zeros(SIZES[i])
    return out


def forward_backward(params, X, y):
    acts, zs = [X], []
    for i in range(1, 9):
        zs.append(acts[-1] @ params[f"W{i}"] + params[f"b{i}"])
        acts.append(np.maximum(zs[-1], 0))
    s = (acts[-1] @ params["W9"] + params["b9"])[:, 0]
    loss = np.mean(np.logaddexp(0, s) - y * s)
    g = {}
    d = ((np.exp(-np.logaddexp(0, -s)) - y) / len(y))[:, None]
    for i in range(9, 0, -1):
        g[f"W{i}"] = acts[i - 1].T @ d
        g[f"b{i}"] = d.sum(0)
        if i > 1:
            d = (d @ params[f"W{i}"].T) * (zs[i - 2] > 0)
    return loss, g


def train(X, y, seed):
    params = init_params(seed)
    velocity = {k: np.zeros_like(v) for k, v in params.items()}
    for _ in range(300):
        _, g = forward_backward(params, X, y)
        for k in params:
            velocity[k] = 0.5 * velocity[k] - 0.05 * g[k]
            params[k] = params[k] + velocity[k]
    return params


def predict(params, X):
    h = X
    for i in range(1, 9):
        h = np.maximum(h @ params[f"W{i}"] + params[f"b{i}"], 0)
    return ((h @ params["W9"] + params["b9"])[:, 0] > 0).astype(np.int64)
