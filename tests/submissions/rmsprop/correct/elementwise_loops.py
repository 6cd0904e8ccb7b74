import math

import numpy as np


def rmsprop(w, dw, config=None):
    if config is None:
        config = {}
    for key, default in (("learning_rate", 1e-2), ("decay_rate", 0.99), ("epsilon", 1e-8)):
        config.setdefault(key, default)
    cache = np.array(config.get("cache", np.zeros(w.shape)), dtype=np.float64)
    next_w = np.empty(w.shape)
    for i in np.ndindex(*w.shape):
        g = float(dw[i])
        cache[i] = config["decay_rate"] * cache[i] + (1 - config["decay_rate"]) * g * g
        next_w[i] = w[i] - config["learning_rate"] * g / (math.sqrt(cache[i]) + config["epsilon"])
    config["cache"] = cache
    return next_w, config
