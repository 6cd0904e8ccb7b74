"""The fixed classifier: the same network and training, with a random initialization.

    python -c "import diagnose_symmetry as d; d.demo()"

prints the training loss and the size of each layer's gradient as it trains.
"""
import numpy as np

HIDDEN, STEPS, LEARNING_RATE = 16, 300, 1.0


def forward(params, X):
    h = np.tanh(X @ params["W1"] + params["b1"])           # (N, H) hidden units
    return h, h @ params["W2"] + params["b2"]               # (N, 2) class scores


def predict(params, X):
    return np.argmax(forward(params, X)[1], axis=1)


def init_params(D, H, C, rng):
    # Random weights break the symmetry: every hidden unit starts as a different function
    # of x and so receives a different gradient. Scale 1/sqrt(fan_in) keeps tanh unsaturated.
    return {"W1": rng.normal(0.0, 1.0 / np.sqrt(D), (D, H)), "b1": np.zeros(H),
            "W2": rng.normal(0.0, 1.0 / np.sqrt(H), (H, C)), "b2": np.zeros(C)}


def train(X, y, seed, verbose=False):
    """Train the network on X (N, 2) with labels y (N,) in {0, 1}.

    seed: an int; draw any random numbers from np.random.default_rng(seed).
    Returns params = {"W1": (2, H), "b1": (H,), "W2": (H, 2), "b2": (2,)}, the weights of
    the network that forward() computes.
    """
    rng = np.random.default_rng(seed)
    N, D = X.shape
    params = init_params(D, HIDDEN, 2, rng)
    for step in range(STEPS):
        h, scores = forward(params, X)
        p = np.exp(scores - scores.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        loss = -np.mean(np.log(p[np.arange(N), y]))
        dscores = p.copy()
        dscores[np.arange(N), y] -= 1.0
        dscores /= N
        dh = (dscores @ params["W2"].T) * (1 - h ** 2)      # back through tanh
        grads = {"W2": h.T @ dscores, "b2": dscores.sum(axis=0),
                 "W1": X.T @ dh, "b1": dh.sum(axis=0)}
        if verbose and (step < 3 or step % 50 == 0):
            norms = "  ".join(f"|d{k}| {np.linalg.norm(g):.2e}" for k, g in grads.items())
            print(f"step {step:4d}   loss {loss:.4f}   {norms}")
        for k in params:
            params[k] = params[k] - LEARNING_RATE * grads[k]
    return params


def demo(seed=0):
    rng = np.random.default_rng(seed)
    radius = np.concatenate([np.sqrt(rng.uniform(0, 1, 80)), rng.uniform(1.6, 2.5, 120)])
    angle = rng.uniform(0, 2 * np.pi, 200)
    X = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    y = np.repeat([0, 1], [80, 120])
    params = train(X, y, seed, verbose=True)
    print("training accuracy", np.mean(predict(params, X) == y))
    print("W1 =", params["W1"].round(3))
