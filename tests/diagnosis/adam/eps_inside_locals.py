# kind: harmless
# expect: epsilon-inside-sqrt
# why: divides by sqrt(v_hat + eps); the locals, dw*dw and the separate step variable change nothing
import numpy as np


def adam(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    config.setdefault("t", 0)

    lr = config["learning_rate"]
    beta1, beta2, eps = config["beta1"], config["beta2"], config["epsilon"]
    t = config["t"] + 1

    m = beta1 * config["m"] + (1.0 - beta1) * dw
    v = beta2 * config["v"] + (1.0 - beta2) * (dw * dw)
    m_hat = m / (1.0 - beta1 ** t)
    v_hat = v / (1.0 - beta2 ** t)
    step = lr * m_hat / np.sqrt(v_hat + eps)
    next_w = w - step

    config["m"] = m
    config["v"] = v
    config["t"] = t
    return next_w, config
