# kind: combined
# expect: no-bias-correction, epsilon-inside-sqrt
# why: the "short" Adam from memory: w -= lr * m / sqrt(v + eps), no bias correction (t is counted but unused)
import numpy as np


def adam(w, dw, config=None):
    if config is None:
        config = {}
    for key, default in [("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999),
                         ("epsilon", 1e-8), ("t", 0)]:
        config.setdefault(key, default)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))

    config["t"] += 1
    m = config["beta1"] * config["m"] + (1 - config["beta1"]) * dw
    v = config["beta2"] * config["v"] + (1 - config["beta2"]) * dw ** 2
    next_w = w - config["learning_rate"] * m / np.sqrt(v + config["epsilon"])
    config["m"] = m
    config["v"] = v
    return next_w, config
