# expect: a setting is exactly 0
# beta1 read as `config.get("beta1") or 0.9`, so beta1 = 0 (no momentum) silently becomes 0.9
import numpy as np


def adam(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-3)
    config["beta1"] = config.get("beta1") or 0.9
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    config.setdefault("t", 0)
    b1, b2 = config["beta1"], config["beta2"]
    t = config["t"] + 1
    m = b1 * config["m"] + (1 - b1) * dw
    v = b2 * config["v"] + (1 - b2) * dw * dw
    mh = m / (1 - b1 ** t)
    vh = v / (1 - b2 ** t)
    next_w = w - config["learning_rate"] * mh / (np.sqrt(vh) + config["epsilon"])
    config["m"], config["v"], config["t"] = m, v, t
    return next_w, config
