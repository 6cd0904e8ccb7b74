"""A small ReLU network object trained with Adam on shuffled minibatches."""
import numpy as np


class Net:
    def __init__(self, rng, hidden=64):
        self.p = {"W1": rng.standard_normal((2, hidden)), "b1": np.zeros(hidden),
                  "W2": rng.standard_normal((hidden, 3)) / np.sqrt(hidden), "b2": np.zeros(3)}

    def logits(self, X):
        self.a = X @ self.p["W1"] + self.p["b1"]
        self.h = np.maximum(self.a, 0)
        return self.h @ self.p["W2"] + self.p["b2"]

    def grads(self, X, y):
        z = self.logits(X)
        z = z - z.max(axis=1, keepdims=True)
        prob = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
        prob[np.arange(len(y)), y] -= 1
        prob /= len(y)
        dh = prob @ self.p["W2"].T
        dh[self.a <= 0] = 0
        return {"W2": self.h.T @ prob, "b2": prob.sum(0), "W1": X.T @ dh, "b1": dh.sum(0)}


def train_mlp(X, y, seed):
    rng = np.random.default_rng(seed)
    net = Net(rng)
    m = {k: 0 * v for k, v in net.p.items()}
    v = {k: 0 * w for k, w in net.p.items()}
    t = 0
    for epoch in range(150):
        order = rng.permutation(len(X))
        for batch in np.array_split(order, 4):
            t += 1
            g = net.grads(X[batch], y[batch])
            for k in net.p:
                m[k] = 0.9 * m[k] + 0.1 * g[k]
                v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k]
                net.p[k] -= 0.02 * (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-8)
    return net.p


def predict(params, X):
    h = np.maximum(X @ params["W1"] + params["b1"], 0)
    return np.argmax(h @ params["W2"] + params["b2"], axis=-1)
