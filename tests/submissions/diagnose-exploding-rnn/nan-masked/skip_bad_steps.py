# "Fix": whenever an update would put inf or NaN into a weight, skip it and carry on.
import numpy as np

H, STEPS, LR = 16, 80, 0.6


def forward_backward(P, X, Y):
    N, T = X.shape
    hs = [np.zeros((N, H), np.float32)]
    for t in range(T):
        hs.append(np.tanh(X[:, t:t + 1] * P["Wx"] + hs[-1] @ P["Wh"] + P["b"]))
    preds = np.stack([h @ P["Wy"] for h in hs[1:]], axis=1)
    r = preds - Y
    g = {k: np.zeros_like(v) for k, v in P.items()}
    d_next = np.zeros((N, H), np.float32)
    for t in range(T - 1, -1, -1):
        dp = (2.0 / r.size) * r[:, t]
        g["Wy"] += hs[t + 1].T @ dp
        dz = (d_next + dp[:, None] * P["Wy"]) * (1.0 - hs[t + 1] ** 2)
        g["Wx"] += X[:, t] @ dz
        g["Wh"] += hs[t].T @ dz
        g["b"] += dz.sum(0)
        d_next = dz @ P["Wh"].T
    return np.mean(r ** 2), g


def train(X, y, seed):
    rng = np.random.default_rng(seed)
    P = {"Wx": rng.normal(0.0, 0.3, H), "Wh": rng.normal(0.0, 1.0, (H, H)),
         "b": np.zeros(H), "Wy": rng.normal(0.0, 0.25, H)}
    P = {k: v.astype(np.float32) for k, v in P.items()}
    X, y = X.astype(np.float32), y.astype(np.float32)
    with np.errstate(all="ignore"):
        for _ in range(STEPS):
            loss, g = forward_backward(P, X, y)
            candidate = {k: P[k] - LR * g[k] for k in P}
            if all(np.isfinite(v).all() for v in candidate.values()):
                P = candidate
    return P
