# kind: harmless
# expect: epsilon-inside-sqrt
# why: epsilon under the square root; the moving average written as cache + (1 - rho)(dw^2 - cache) is the same average
import numpy as np


def rmsprop(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("cache", np.zeros_like(w))

    old = config["cache"]
    # move the average a fraction (1 - rho) of the way towards the new square
    new_cache = old + (1 - config["decay_rate"]) * (dw * dw - old)
    next_w = w - config["learning_rate"] * dw / np.sqrt(new_cache + config["epsilon"])
    config["cache"] = new_cache
    return next_w, config
