import math

import numpy as np


def adam(w, dw, config=None):
    if config is None:
        config = {}
    lr = config.setdefault("learning_rate", 1e-3)
    b1 = config.setdefault("beta1", 0.9)
    b2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    m = config.setdefault("m", np.zeros_like(w))
    v = config.setdefault("v", np.zeros_like(w))
    config["t"] = config.get("t", 0) + 1

    next_w = np.array(w, dtype=float)
    for i in np.ndindex(w.shape):
        m[i] = b1 * m[i] + (1 - b1) * dw[i]
        v[i] = b2 * v[i] + (1 - b2) * dw[i] ** 2
        next_w[i] -= lr * m[i] / (math.sqrt(v[i]) + eps)
    return next_w, config
