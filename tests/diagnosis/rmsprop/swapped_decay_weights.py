# kind: unlisted
# expect: none
# why: the two weights of the moving average are swapped: cache = (1 - rho)*cache + rho*dw**2 keeps 1% of the old average and takes 99% of the new square
import numpy as np


def rmsprop(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("cache", np.zeros_like(w))

    rho = config["decay_rate"]
    cache = (1 - rho) * config["cache"] + rho * dw ** 2
    next_w = w - config["learning_rate"] * dw / (np.sqrt(cache) + config["epsilon"])
    config["cache"] = cache
    return next_w, config
