"""The "overfit one small batch" sanity check, and it fails. Find out why, and fix it.

    python -c "import diagnose_cannot_overfit as d; d.demo()"

prints the loss as the network trains on one batch of 16 examples.
"""
import numpy as np

STEPS, LR = 300, 1.0


def make_batch(seed):
    """16 examples with 10 features and 4 classes, each class 4 times."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((16, 10))
    y = rng.permutation(np.arange(16) % 4)
    return X, y


def init_params(seed):
    """W1 (10, 64), b1 (64,), W2 (64, 4), b2 (4,)."""
    rng = np.random.default_rng(seed)
    return {"W1": rng.standard_normal((10, 64)) / np.sqrt(10), "b1": np.zeros(64),
            "W2": rng.standard_normal((64, 4)) / 8, "b2": np.zeros(4)}


def loss_and_grads(params, X, y):
    """Mean softmax cross-entropy of the 10-64-4 tanh network, and its gradients."""
    n = len(y)
    h = np.tanh(X @ params["W1"] + params["b1"])           # (n, 64)
    scores = h @ params["W2"] + params["b2"]                # (n, 4)
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.mean(log_p[np.arange(n), y])
    dscores = np.exp(log_p)                                 # softmax probabilities
    dscores[:, y] -= 1.0                                    # d loss / d scores (times n)
    dscores /= n
    grads = {"W2": h.T @ dscores, "b2": dscores.sum(axis=0)}
    dz = (dscores @ params["W2"].T) * (1.0 - h ** 2)        # back through the tanh
    grads["W1"] = X.T @ dz
    grads["b1"] = dz.sum(axis=0)
    return loss, grads


def overfit_small_batch(X, y, seed, steps=STEPS, lr=LR):
    """Full-batch gradient descent from init_params(seed); history = the loss before each step."""
    params = init_params(seed)
    history = []
    for step in range(steps):
        loss, grads = loss_and_grads(params, X, y)
        history.append(loss)
        for key in params:
            params[key] = params[key] - lr * grads[key]
    return params, history


def demo(seed=0):
    X, y = make_batch(seed)
    params, history = overfit_small_batch(X, y, seed)
    for step in (0, 1, 2, 5, 10, 20, 50, 100, 200, 299):
        print(f"step {step:4d}   loss {history[step]:.4f}")
    print("final loss", loss_and_grads(params, X, y)[0])
