# expect: a setting is exactly 0
# momentum read as `config.get("momentum") or 0.9`, so momentum = 0 (plain SGD) silently becomes 0.9
import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config["momentum"] = config.get("momentum") or 0.9
    config.setdefault("velocity", np.zeros_like(w))
    v = config["momentum"] * config["velocity"] - config["learning_rate"] * dw
    config["velocity"] = v
    return w + v, config
