"""Attempt: the NaN must come from badly scaled data, so standardize X and y first (and undo the
scaling of y in the output weights). The recurrent weights keep their unit-variance init."""
import numpy as np

HIDDEN = 16
STEPS = 80
LEARNING_RATE = 0.6


def _grads(W, X, y):
    n, T = X.shape
    h = np.zeros((T + 1, n, HIDDEN), dtype=np.float32)
    for t in range(T):
        h[t + 1] = np.tanh(np.multiply.outer(X[:, t], W["Wx"]) + h[t] @ W["Wh"] + W["b"])
    residual = np.einsum("tnh,h->nt", h[1:], W["Wy"]) - y
    dout = residual * np.float32(2.0 / residual.size)
    g = dict(Wy=np.einsum("tnh,nt->h", h[1:], dout), Wx=0.0, Wh=0.0, b=0.0)
    dh = np.zeros((n, HIDDEN), dtype=np.float32)
    for t in range(T - 1, -1, -1):
        dz = (dh + np.multiply.outer(dout[:, t], W["Wy"])) * (1 - h[t + 1] ** 2)
        g["Wx"] = g["Wx"] + X[:, t] @ dz
        g["Wh"] = g["Wh"] + h[t].T @ dz
        g["b"] = g["b"] + dz.sum(axis=0)
        dh = dz @ W["Wh"].T
    return g


def train(X, y, seed):
    rng = np.random.default_rng(seed)
    W = dict(Wx=rng.normal(0, 0.3, HIDDEN), Wh=rng.normal(0, 1.0, (HIDDEN, HIDDEN)),
             b=np.zeros(HIDDEN), Wy=rng.normal(0, 0.25, HIDDEN))
    W = {k: v.astype(np.float32) for k, v in W.items()}
    x_mu, x_sd = X.mean(), X.std()
    y_sd = y.std()
    Xs = ((X - x_mu) / x_sd).astype(np.float32)
    ys = (y / y_sd).astype(np.float32)
    for _ in range(STEPS):
        g = _grads(W, Xs, ys)
        W = {k: W[k] - LEARNING_RATE * g[k] for k in W}
    # fold the scaling back into the weights: x -> (x - mu) / sd, output * y_sd
    return {"Wx": W["Wx"] / x_sd, "Wh": W["Wh"], "b": W["b"] - W["Wx"] * x_mu / x_sd, "Wy": W["Wy"] * y_sd}
