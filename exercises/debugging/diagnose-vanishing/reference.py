"""The fixed network: ReLU hidden units with He initialization, so that the gradient
keeps its size from the output layer down to the first one."""
import numpy as np

SIZES = [16, 16, 16, 16, 16, 16, 16, 16, 16, 1]   # 16 inputs, 8 hidden layers of 16 units, one output
STEPS, LEARNING_RATE = 600, 0.05   # 0.1 now and then throws a deep ReLU net off in its first steps
CLIP = 1.0                         # the largest gradient norm a step may use: no step moves the weights
                                   # by more than LEARNING_RATE * CLIP


def init_params(seed):
    """Weights W1..W9 (SIZES[l-1], SIZES[l]) and biases b1..b9 (SIZES[l],) in a dict."""
    rng = np.random.default_rng(seed)
    params = {}
    for l in range(1, len(SIZES)):
        fan_in = SIZES[l - 1]
        params[f"W{l}"] = rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, SIZES[l]))
        params[f"b{l}"] = np.full(SIZES[l], 0.1)    # > 0: a narrow deep ReLU net with zero biases
        #   now and then starts with a whole layer off on every point and never learns (seed 223)
    return params


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))          # = 1 / (1 + e^-z), without overflow


def forward(params, X):
    """The logit (N,) of class 1 for each row of X, and the cache of every layer."""
    L = len(SIZES) - 1
    a, cache = X, []
    for l in range(1, L):
        z = a @ params[f"W{l}"] + params[f"b{l}"]
        cache.append((a, z))
        a = np.maximum(z, 0.0)                     # ReLU: slope 1 where active
    cache.append((a, None))
    return (a @ params[f"W{L}"] + params[f"b{L}"])[:, 0], cache


def forward_backward(params, X, y):
    """Mean binary cross-entropy of the logits against y (N,) in {0, 1}, and its gradient
    with respect to every parameter: (loss, grads), grads with the keys and shapes of params."""
    L = len(SIZES) - 1
    logit, cache = forward(params, X)
    N = len(y)
    loss = np.mean(np.logaddexp(0.0, logit) - y * logit)
    dlogit = (_sigmoid(logit) - y)[:, None] / N     # (N, 1)
    grads = {}
    a, _ = cache[-1]
    grads[f"W{L}"] = a.T @ dlogit
    grads[f"b{L}"] = dlogit.sum(axis=0)
    da = dlogit @ params[f"W{L}"].T
    for l in range(L - 1, 0, -1):
        a_prev, z = cache[l - 1]
        dz = da * (z > 0)                           # through the ReLU
        grads[f"W{l}"] = a_prev.T @ dz
        grads[f"b{l}"] = dz.sum(axis=0)
        da = dz @ params[f"W{l}"].T
    return loss, grads


def train(X, y, seed, verbose=False):
    """Full-batch gradient descent for STEPS steps, the gradient clipped to norm CLIP; returns
    the trained params.

    Why 600 steps and the clip: at 0.05 about one data set in a thousand goes wrong in 300
    plain steps. Either the network sits on the plateau for most of them before it finds the
    rings (more steps), or late in training, where the loss is small and the minimum sharp, a
    step overshoots, the gradient grows from step to step, and one huge step throws the
    network back to chance (the clip bounds every step)."""
    params = init_params(seed)
    for step in range(STEPS):
        loss, grads = forward_backward(params, X, y)
        if verbose and step % 60 == 0:
            print(f"step {step:4d}   loss {loss:.4f}")
        norm = np.sqrt(sum(np.sum(g * g) for g in grads.values()))
        scale = LEARNING_RATE * min(1.0, CLIP / max(norm, 1e-300))
        for key in params:
            params[key] = params[key] - scale * grads[key]
    return params


def predict(params, X):
    """Class labels (N,) in {0, 1}."""
    return (forward(params, X)[0] > 0).astype(np.int64)


def rings(rng, n, basis):
    """Two noisy rings (radius 1 and 2) in a plane of 16-dimensional space, labelled by ring.

    basis: (16, 2) orthonormal columns spanning the plane."""
    y = rng.integers(0, 2, size=n)
    angle = rng.uniform(0, 2 * np.pi, size=n)
    radius = 1.0 + y + 0.2 * rng.normal(size=n)
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]) @ basis.T, y


def demo(seed=0):
    rng = np.random.default_rng(seed)
    basis = np.linalg.qr(rng.normal(size=(16, 2)))[0]
    X, y = rings(rng, 200, basis)
    _, grads = forward_backward(init_params(seed), X, y)
    for l in range(1, len(SIZES)):
        print(f"layer {l}   |dW| = {np.linalg.norm(grads[f'W{l}']):.3e}")
    params = train(X, y, seed, verbose=True)
    X_test, y_test = rings(rng, 1000, basis)
    print("test accuracy", np.mean(predict(params, X_test) == y_test))
