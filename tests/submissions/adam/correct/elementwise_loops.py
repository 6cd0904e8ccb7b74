import math

import numpy as np


def adam(w, dw, config=None):
    config = {} if config is None else config
    lr = config.setdefault("learning_rate", 1e-3)
    beta1 = config.setdefault("beta1", 0.9)
    beta2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    m = config.setdefault("m", np.zeros_like(w))
    v = config.setdefault("v", np.zeros_like(w))
    t = config.setdefault("t", 0) + 1

    new_m = np.empty_like(m)
    new_v = np.empty_like(v)
    next_w = np.empty_like(w)
    for i in np.ndindex(w.shape):
        g = dw[i]
        new_m[i] = beta1 * m[i] + (1 - beta1) * g
        new_v[i] = beta2 * v[i] + (1 - beta2) * g * g
        m_hat = new_m[i] / (1 - beta1 ** t)
        v_hat = new_v[i] / (1 - beta2 ** t)
        next_w[i] = w[i] - lr * m_hat / (math.sqrt(v_hat) + eps)

    config["m"], config["v"], config["t"] = new_m, new_v, t
    return next_w, config
