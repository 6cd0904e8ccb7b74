import math

import numpy as np


def adam(w, dw, config=None):
    if config is None:
        config = {}
    lr = config.setdefault("learning_rate", 1e-3)
    beta1 = config.setdefault("beta1", 0.9)
    beta2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    m = config.setdefault("m", np.zeros_like(w)).copy()
    v = config.setdefault("v", np.zeros_like(w)).copy()
    t = config.setdefault("t", 0)

    config["m"], config["v"], config["t"] = m, v, t    # save the state
    t = t + 1
    next_w = w.copy()
    for i in np.ndindex(w.shape):
        m[i] = beta1 * m[i] + (1 - beta1) * dw[i]
        v[i] = beta2 * v[i] + (1 - beta2) * dw[i] * dw[i]
        m_hat = m[i] / (1 - beta1 ** t)
        v_hat = v[i] / (1 - beta2 ** t)
        next_w[i] = w[i] - lr * m_hat / (math.sqrt(v_hat) + eps)
    return next_w, config
