import numpy as np

DEFAULTS = {"learning_rate": 1e-3, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}


def adam(w, dw, config=None):
    cfg = dict(DEFAULTS)
    cfg.update(config or {})
    lr, beta1, beta2, eps = cfg["learning_rate"], cfg["beta1"], cfg["beta2"], cfg["epsilon"]
    m = cfg.get("m", np.zeros_like(w))
    v = cfg.get("v", np.zeros_like(w))
    t = cfg.get("t", 0) + 1

    m = beta1 * m + (1 - beta1) * dw
    v = beta2 * v + (1 - beta2) * np.square(dw)
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    next_w = w - lr * m_hat / (np.sqrt(v_hat) + eps)

    cfg.update(m=m, v=v, t=t)
    return next_w, cfg
