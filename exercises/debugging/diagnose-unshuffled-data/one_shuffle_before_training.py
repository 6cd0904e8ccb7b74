"""One permutation drawn before the first epoch, its batches reused by every epoch.
"""
import numpy as np

LR, MOMENTUM, BATCH, EPOCHS, HIDDEN = 0.1, 0.9, 20, 30, 64


def make_data(seed, n_per_class=200):
    """A 3-class spiral: X (3 n, 2), y (3 n,), stored class by class (sorted by label)."""
    rng = np.random.default_rng(seed)
    Xs, ys = [], []
    for c in range(3):
        r = np.linspace(0.1, 1.0, n_per_class)
        t = 2 * np.pi * c / 3 + 3 * r + 0.15 * rng.standard_normal(n_per_class)
        Xs.append(np.column_stack([r * np.cos(t), r * np.sin(t)]))
        ys.append(np.full(n_per_class, c))
    return np.concatenate(Xs), np.concatenate(ys)


def init_params(rng):
    """W1 (2, 64), b1 (64,), W2 (64, 3), b2 (3,)."""
    return {"W1": rng.standard_normal((2, HIDDEN)), "b1": np.zeros(HIDDEN),
            "W2": rng.standard_normal((HIDDEN, 3)) / 8, "b2": np.zeros(3)}


def loss_and_grads(params, X, y):
    """Mean softmax cross-entropy of the 2-64-3 ReLU network, and its gradients."""
    n = len(y)
    z = X @ params["W1"] + params["b1"]
    h = np.maximum(z, 0.0)
    scores = h @ params["W2"] + params["b2"]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.mean(log_p[np.arange(n), y])
    dscores = np.exp(log_p)
    dscores[np.arange(n), y] -= 1.0
    dscores /= n
    grads = {"W2": h.T @ dscores, "b2": dscores.sum(axis=0)}
    dz = (dscores @ params["W2"].T) * (z > 0)
    grads["W1"] = X.T @ dz
    grads["b1"] = dz.sum(axis=0)
    return loss, grads


def epoch_batches(n, rng):
    """The index arrays of one epoch's mini-batches: a fresh permutation, cut in order."""
    order = rng.permutation(n)
    return [order[start:start + BATCH] for start in range(0, n, BATCH)]


def train(X, y, seed):
    """SGD with momentum; history = the loss of every mini-batch, in order."""
    rng = np.random.default_rng(seed)
    params = init_params(rng)
    velocity = {key: np.zeros_like(value) for key, value in params.items()}
    history = []
    batches = epoch_batches(len(y), rng)
    for epoch in range(EPOCHS):
        for idx in batches:
            loss, grads = loss_and_grads(params, X[idx], y[idx])
            history.append(loss)
            for key in params:
                velocity[key] = MOMENTUM * velocity[key] - LR * grads[key]
                params[key] = params[key] + velocity[key]
    return params, history


def predict(params, X):
    h = np.maximum(X @ params["W1"] + params["b1"], 0.0)
    return np.argmax(h @ params["W2"] + params["b2"], axis=1)


def demo(seed=0):
    X, y = make_data(seed)
    params, history = train(X, y, seed)
    per_epoch = len(history) // EPOCHS
    print("batch losses, first epoch:", np.round(history[:per_epoch:3], 2))
    print("batch losses, last epoch: ", np.round(history[-per_epoch::3], 2))
    X_test, y_test = make_data(seed + 1000)
    pred = predict(params, X_test)
    print("test accuracy", np.mean(pred == y_test), " predicted classes", np.bincount(pred, minlength=3))
