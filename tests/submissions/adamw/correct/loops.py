import math

import numpy as np


def adamw(w, dw, config=None):
    config = {} if config is None else config
    lr = config.setdefault("learning_rate", 1e-3)
    b1 = config.setdefault("beta1", 0.9)
    b2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    wd = config.setdefault("weight_decay", 1e-2)
    m = config.setdefault("m", np.zeros_like(w))
    v = config.setdefault("v", np.zeros_like(w))
    t = config.setdefault("t", 0) + 1

    m_new, v_new, out = np.empty_like(m), np.empty_like(v), np.empty_like(w)
    for idx in np.ndindex(w.shape):
        g = dw[idx]
        m_new[idx] = b1 * m[idx] + (1 - b1) * g
        v_new[idx] = b2 * v[idx] + (1 - b2) * g * g
        mh = m_new[idx] / (1 - b1 ** t)
        vh = v_new[idx] / (1 - b2 ** t)
        out[idx] = w[idx] * (1 - lr * wd) - lr * mh / (math.sqrt(vh) + eps)
    config["m"], config["v"], config["t"] = m_new, v_new, t
    return out, config
