"""A warmup that is too long: linear over 400 of the 500 steps, so lr_max comes after step
250 and most of the run trains below it."""
import numpy as np

STEPS, LR_MAX, WARMUP = 500, 0.3, 400


def make_data(seed, n=256, d=8):
    """X (n, d) and a smooth target y (n,) = sin(2 X w / sqrt(d)) for a random direction w."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n, d))
    w = rng.standard_normal(d)
    return X, np.sin(2.0 * X @ w / np.sqrt(d))


def init_params(d, seed):
    """W1 (d, 64), b1 (64,), W2 (64,), b2 (a 0-d array)."""
    rng = np.random.default_rng(seed)
    return {"W1": rng.standard_normal((d, 64)) / np.sqrt(d), "b1": np.zeros(64),
            "W2": rng.standard_normal(64), "b2": np.zeros(())}


def loss_and_grads(params, X, y):
    """Half the mean squared error of the d-64-1 tanh network, and its gradients."""
    n = len(y)
    h = np.tanh(X @ params["W1"] + params["b1"])           # (n, 64)
    err = h @ params["W2"] + params["b2"] - y               # (n,)
    loss = 0.5 * np.mean(err ** 2)
    dpred = err / n
    grads = {"W2": h.T @ dpred, "b2": np.sum(dpred)}
    dz = np.outer(dpred, params["W2"]) * (1.0 - h ** 2)     # back through the tanh
    grads["W1"] = X.T @ dz
    grads["b1"] = dz.sum(axis=0)
    return loss, grads


def learning_rate(step, steps, lr_max):
    """The step size of gradient descent at this step: a linear warmup to lr_max."""
    return lr_max * min(1.0, (step + 1) / WARMUP)


def train(X, y, seed, steps=STEPS, lr_max=LR_MAX):
    """Full-batch gradient descent from init_params; history["loss"] = the loss before each
    step, history["lr"] = the step size of each step."""
    params = init_params(X.shape[1], seed)
    history = {"loss": [], "lr": []}
    for step in range(steps):
        loss, grads = loss_and_grads(params, X, y)
        lr = learning_rate(step, steps, lr_max)
        history["loss"].append(loss)
        history["lr"].append(lr)
        for key in params:
            params[key] = params[key] - lr * grads[key]
    return params, history


def demo(seed=0):
    X, y = make_data(seed + 100)
    with np.errstate(all="ignore"):
        params, history = train(X, y, seed)
        for step in (0, 1, 2, 5, 10, 20, 30, 50, 100, 250, 499):
            print(f"step {step:4d}   lr {history['lr'][step]:.3f}   loss {history['loss'][step]:.4g}")
        print("final loss", loss_and_grads(params, X, y)[0])
