# expect: a setting is exactly 0
# decay_rate read as `config.get("decay_rate") or 0.99`, so decay_rate = 0 silently becomes 0.99
import numpy as np


def rmsprop(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config["decay_rate"] = config.get("decay_rate") or 0.99
    config.setdefault("epsilon", 1e-8)
    config.setdefault("cache", np.zeros_like(w))
    rho = config["decay_rate"]
    cache = rho * config["cache"] + (1 - rho) * dw ** 2
    next_w = w - config["learning_rate"] * dw / (np.sqrt(cache) + config["epsilon"])
    config["cache"] = cache
    return next_w, config
