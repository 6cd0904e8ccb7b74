import numpy as np


def ema_update(w, config=None):
    config = {} if config is None else config
    d = config.setdefault("decay", 0.999)
    correct = config.setdefault("bias_correction", True)
    shadow = config.setdefault("shadow", np.zeros_like(w))
    t = config.setdefault("t", 0) + 1

    shadow = shadow + (1.0 - d) * (w - shadow)      # same as d*shadow + (1-d)*w
    config["shadow"] = shadow
    config["t"] = t
    if correct:
        return shadow / (1.0 - d ** t), config
    return np.array(shadow, copy=True), config
