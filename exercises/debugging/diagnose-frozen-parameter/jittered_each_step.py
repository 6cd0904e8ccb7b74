"""W1 nudged by noise at every step, so that it "moves" within the loop: still untrained."""
import numpy as np

HIDDEN, STEPS, LEARNING_RATE, MOMENTUM = 12, 1000, 0.1, 0.9


def init_params(seed):
    """W1 (2, 12), b1 (12,), W2 (12, 1), b2 (1,)."""
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(0.0, 1.0, size=(2, HIDDEN)), "b1": rng.normal(0.0, 1.0, size=HIDDEN),
            "W2": rng.normal(0.0, 1.0 / np.sqrt(HIDDEN), size=(HIDDEN, 1)), "b2": np.zeros(1)}


def forward(params, X):
    """Predictions (N,) of the tanh network, and the hidden activations."""
    h = np.tanh(X @ params["W1"] + params["b1"])
    return (h @ params["W2"] + params["b2"])[:, 0], h


def forward_backward(params, X, y):
    """Mean squared error and its gradient for every parameter."""
    N = len(y)
    pred, h = forward(params, X)
    err = pred - y
    loss = np.mean(err ** 2)
    dpred = (2.0 / N) * err[:, None]                # (N, 1)
    grads = {"W2": h.T @ dpred, "b2": dpred.sum(axis=0)}
    dz = (dpred @ params["W2"].T) * (1.0 - h ** 2)  # through the tanh
    grads["w1"] = X.T @ dz
    grads["b1"] = dz.sum(axis=0)
    return loss, grads


def train(X, y, seed, verbose=False):
    """Gradient descent with momentum from init_params(seed); returns the trained params."""
    params = init_params(seed)
    velocity = {key: np.zeros_like(value) for key, value in params.items()}
    rng = np.random.default_rng(seed + 1)
    for step in range(STEPS):
        loss, grads = forward_backward(params, X, y)
        if verbose and step % 100 == 0:
            print(f"step {step:5d}   loss {loss:.4f}")
        for key in params:
            if key in grads:
                velocity[key] = MOMENTUM * velocity[key] - LEARNING_RATE * grads[key]
                params[key] = params[key] + velocity[key]
            else:
                # "Fix": a parameter without a gradient gets a little noise, so that it moves
                params[key] = params[key] + 1e-4 * rng.normal(size=params[key].shape)
    return params


def bumps(rng, n):
    """y = sin(2 x1) cos(1.5 x2) + noise, x uniform in [-2, 2]^2."""
    X = rng.uniform(-2.0, 2.0, size=(n, 2))
    return X, np.sin(2.0 * X[:, 0]) * np.cos(1.5 * X[:, 1]) + 0.05 * rng.normal(size=n)


def demo(seed=0):
    X, y = bumps(np.random.default_rng(seed), 200)
    params = train(X, y, seed, verbose=True)
    print("final training loss", forward_backward(params, X, y)[0])
