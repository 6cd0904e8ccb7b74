"""Three layers and plain gradient descent, but no activation anywhere."""
import numpy as np


def train_mlp(X, y, seed):
    rng = np.random.default_rng(seed)
    Ws = [rng.normal(0, 0.5, (2, 16)), rng.normal(0, 0.25, (16, 16)), rng.normal(0, 0.25, (16, 3))]
    Y = np.eye(3)[y]
    for _ in range(400):
        acts = [X]
        for W in Ws:
            acts.append(acts[-1] @ W)
        P = np.exp(acts[-1] - acts[-1].max(1, keepdims=True))
        P /= P.sum(1, keepdims=True)
        grad = (P - Y) / len(X)
        for i in reversed(range(3)):
            gW = acts[i].T @ grad
            grad = grad @ Ws[i].T
            Ws[i] = Ws[i] - 0.3 * gW
    return Ws


def predict(params, X):
    out = X
    for W in params:
        out = out @ W
    return out.argmax(1)
