# kind: unlisted
# expect: generic:zero-setting-ignored
# why: `config.get(k) or default` turns a given beta1, beta2, learning_rate or epsilon of 0 into the default
import numpy as np


def adam(w, dw, config=None):
    config = {} if config is None else config
    lr = config.get("learning_rate") or 1e-3
    beta1 = config.get("beta1") or 0.9
    beta2 = config.get("beta2") or 0.999
    eps = config.get("epsilon") or 1e-8
    m = config.get("m", np.zeros_like(w))
    v = config.get("v", np.zeros_like(w))
    t = config.get("t", 0) + 1

    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * dw ** 2
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    next_w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
    config.update(m=m, v=v, t=t)
    return next_w, config
