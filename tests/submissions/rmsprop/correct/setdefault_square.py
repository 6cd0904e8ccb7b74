import numpy as np


def rmsprop(w, dw, config=None):
    config = {} if config is None else config
    lr = config.setdefault("learning_rate", 1e-2)
    rho = config.setdefault("decay_rate", 0.99)
    eps = config.setdefault("epsilon", 1e-8)
    cache = config.setdefault("cache", np.zeros_like(w))
    cache = rho * cache + (1.0 - rho) * np.square(dw)
    config["cache"] = cache
    return w - lr * dw / (np.sqrt(cache) + eps), config
