# kind: unlisted
# expect: generic:float32-precision
# why: keeps m and v in float32 (as mixed-precision trainers do to save memory); every step rounds them to float32
import numpy as np


def adam(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("m", np.zeros_like(w, dtype=np.float32))
    config.setdefault("v", np.zeros_like(w, dtype=np.float32))
    config.setdefault("t", 0)

    t = config["t"] + 1
    b1, b2 = config["beta1"], config["beta2"]
    m = (b1 * config["m"] + (1 - b1) * dw).astype(np.float32)
    v = (b2 * config["v"] + (1 - b2) * dw ** 2).astype(np.float32)
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    config["m"], config["v"], config["t"] = m, v, t
    return next_w, config
