"""The summed loss kept, the learning rate only lowered 2.5 times: the step is still N times too big."""
import numpy as np

HIDDEN, STEPS, LEARNING_RATE = 16, 300, 0.1


def init_params(rng, D=2, H=HIDDEN, C=2):
    return {"W1": rng.normal(0.0, np.sqrt(2.0 / D), size=(D, H)), "b1": np.zeros(H),
            "W2": rng.normal(0.0, np.sqrt(1.0 / H), size=(H, C)), "b2": np.zeros(C)}


def forward_backward(params, X, y):
    """Cross-entropy loss of a 2-layer ReLU network and its gradients."""
    N = len(y)
    z = X @ params["W1"] + params["b1"]            # (N, H) pre-activations
    h = np.maximum(z, 0.0)                         # ReLU
    scores = h @ params["W2"] + params["b2"]       # (N, C)
    scores = scores - scores.max(axis=1, keepdims=True)
    log_p = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    p = np.exp(log_p)                              # (N, C) class probabilities
    loss = -np.sum(log_p[np.arange(N), y])
    dscores = p.copy()
    dscores[np.arange(N), y] -= 1.0                # d loss / d scores
    grads = {"W2": h.T @ dscores, "b2": dscores.sum(axis=0)}
    dz = (dscores @ params["W2"].T) * (z > 0)
    grads["W1"] = X.T @ dz
    grads["b1"] = dz.sum(axis=0)
    return loss, grads, h


def train(X, y, seed, verbose=False):
    """Train on X (N, 2), y (N,) in {0, 1}; returns {"W1", "b1", "W2", "b2"}."""
    rng = np.random.default_rng(seed)
    params = init_params(rng)
    for step in range(STEPS):
        loss, grads, h = forward_backward(params, X, y)
        if verbose and (step < 5 or step % 50 == 0):
            dead = int(np.sum(np.all(h == 0, axis=0)))
            print(f"step {step:4d}   loss {loss:10.4f}   dead units {dead:2d} of {HIDDEN}")
        for key in params:
            params[key] = params[key] - LEARNING_RATE * grads[key]
    return params


def predict(params, X):
    h = np.maximum(X @ params["W1"] + params["b1"], 0.0)
    return np.argmax(h @ params["W2"] + params["b2"], axis=1)


def rings(rng, n):
    """Points on two noisy rings (radius 1 and 2), labelled by ring."""
    y = rng.integers(0, 2, size=n)
    angle = rng.uniform(0, 2 * np.pi, size=n)
    radius = 1.0 + y + 0.2 * rng.normal(size=n)
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]), y


def demo(seed=0):
    rng = np.random.default_rng(seed)
    X, y = rings(rng, 200)
    params = train(X, y, seed, verbose=True)
    X_test, y_test = rings(rng, 1000)
    print("test accuracy", np.mean(predict(params, X_test) == y_test))
