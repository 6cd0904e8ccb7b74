import numpy as np

SIZES = [16] + [16] * 8 + [1]
SLOPE = 0.01


def init_params(seed):
    rng = np.random.default_rng(seed)
    params = {}
    for l, (n_in, n_out) in enumerate(zip(SIZES[:-1], SIZES[1:]), start=1):
        gain = 2.0 / (1.0 + SLOPE ** 2)                 # He for leaky ReLU
        params["W%d" % l] = rng.standard_normal((n_in, n_out)) * np.sqrt(gain / n_in)
        params["b%d" % l] = np.zeros(n_out)
    return params


def _act(z):
    return np.where(z > 0, z, SLOPE * z)


def _run(params, X):
    depth = len(SIZES) - 1
    inputs, pre = [X], []
    h = X
    for l in range(1, depth):
        z = h @ params["W%d" % l] + params["b%d" % l]
        pre.append(z)
        h = _act(z)
        inputs.append(h)
    logit = h @ params["W%d" % depth] + params["b%d" % depth]
    return logit.ravel(), inputs, pre


def forward_backward(params, X, y):
    depth = len(SIZES) - 1
    logit, inputs, pre = _run(params, X)
    p = 1.0 / (1.0 + np.exp(-np.clip(logit, -500, 500)))
    loss = float(np.mean(np.maximum(logit, 0) - y * logit + np.log1p(np.exp(-np.abs(logit)))))
    delta = ((p - y) / len(y)).reshape(-1, 1)
    grads = {}
    for l in range(depth, 0, -1):
        grads["W%d" % l] = inputs[l - 1].T @ delta
        grads["b%d" % l] = delta.sum(0)
        if l > 1:
            delta = (delta @ params["W%d" % l].T) * np.where(pre[l - 2] > 0, 1.0, SLOPE)
    return loss, grads


def train(X, y, seed):
    params = init_params(seed)
    for _ in range(300):
        _, grads = forward_backward(params, X, y)
        for k in params:
            params[k] -= 0.1 * grads[k]
    return params


def predict(params, X):
    return (_run(params, X)[0] > 0).astype(int)
