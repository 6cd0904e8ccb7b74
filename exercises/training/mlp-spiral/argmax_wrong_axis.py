import numpy as np

HIDDEN, STEPS, LEARNING_RATE = 48, 300, 0.05


def forward(params, X):
    h = np.maximum(0.0, X @ params["W1"] + params["b1"])        # (N, H) hidden ReLU units
    return h, h @ params["W2"] + params["b2"]                    # (N, C) class scores


def train_mlp(X, y, seed):
    rng = np.random.default_rng(seed)
    N, D = X.shape
    C = int(y.max()) + 1
    params = {"W1": rng.normal(0.0, np.sqrt(2.0 / D), (D, HIDDEN)), "b1": np.zeros(HIDDEN),
              "W2": rng.normal(0.0, np.sqrt(1.0 / HIDDEN), (HIDDEN, C)), "b2": np.zeros(C)}
    m = {k: np.zeros_like(v) for k, v in params.items()}
    v = {k: np.zeros_like(v) for k, v in params.items()}
    for t in range(1, STEPS + 1):
        h, scores = forward(params, X)
        p = np.exp(scores - scores.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)                        # softmax probabilities
        dscores = p.copy()
        dscores[np.arange(N), y] -= 1.0
        dscores /= N                                             # d(mean cross-entropy)/dscores
        dh = (dscores @ params["W2"].T) * (h > 0)                # back through the ReLU
        grads = {"W2": h.T @ dscores, "b2": dscores.sum(axis=0),
                 "W1": X.T @ dh, "b1": dh.sum(axis=0)}
        for k in params:                                         # Adam
            m[k] = 0.9 * m[k] + 0.1 * grads[k]
            v[k] = 0.999 * v[k] + 0.001 * grads[k] ** 2
            m_hat, v_hat = m[k] / (1 - 0.9 ** t), v[k] / (1 - 0.999 ** t)
            params[k] = params[k] - LEARNING_RATE * m_hat / (np.sqrt(v_hat) + 1e-8)
    return params


def predict(params, X):
    return np.argmax(forward(params, X)[1], axis=0)        # one index per class, not per point
