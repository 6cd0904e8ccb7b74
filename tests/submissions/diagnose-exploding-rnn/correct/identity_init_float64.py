"""Fixed by starting the recurrence at 0.9 * I (every eigenvalue 0.9: each unit starts as a leaky
memory) and clipping the gradient's global norm; computed in float64 throughout."""
import numpy as np


class RNN:
    def __init__(self, seed, hidden=16):
        rng = np.random.default_rng(seed)
        self.p = {
            "Wx": rng.standard_normal(hidden) * 0.3,
            "Wh": 0.9 * np.eye(hidden),
            "b": np.zeros(hidden),
            "Wy": rng.standard_normal(hidden) / 4.0,
        }

    def loss_and_grads(self, X, Y):
        p = self.p
        N, T = X.shape
        pre = np.einsum("nt,h->tnh", X, p["Wx"]) + p["b"]
        H = np.zeros((T + 1, N, p["b"].size))
        for t in range(T):
            H[t + 1] = np.tanh(pre[t] + H[t].dot(p["Wh"]))
        out = np.einsum("tnh,h->nt", H[1:], p["Wy"])
        diff = out - Y
        g_out = 2 * diff / diff.size
        g = {k: np.zeros_like(v) for k, v in p.items()}
        g["Wy"] = np.einsum("tnh,nt->h", H[1:], g_out)
        back = np.zeros_like(H[0])
        for t in range(T - 1, -1, -1):
            back = (back + np.outer(g_out[:, t], p["Wy"])) * (1 - H[t + 1] ** 2)
            g["Wx"] += X[:, t].dot(back)
            g["Wh"] += H[t].T.dot(back)
            g["b"] += back.sum(axis=0)
            back = back.dot(p["Wh"].T)
        return np.mean(diff ** 2), g

    def fit(self, X, Y, steps=80, lr=0.6, clip=0.25):
        for _ in range(steps):
            _, g = self.loss_and_grads(X, Y)
            norm = np.sqrt(sum(np.vdot(v, v) for v in g.values()))
            factor = lr * min(1.0, clip / (norm + 1e-12))
            for k in self.p:
                self.p[k] = self.p[k] - factor * g[k]
        return self


def train(X, y, seed):
    return RNN(seed).fit(np.array(X, dtype=float), np.array(y, dtype=float)).p
