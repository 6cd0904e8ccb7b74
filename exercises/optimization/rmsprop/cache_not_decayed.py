# Mistake: cache-not-decayed. The reference with the squared gradients summed, never decayed (AdaGrad).
import numpy as np


def rmsprop(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("cache", np.zeros_like(w))

    decay = config["decay_rate"]
    cache = config["cache"] + dw ** 2          # the mistake: AdaGrad, the sum of every squared gradient
    next_w = w - config["learning_rate"] * dw / (np.sqrt(cache) + config["epsilon"])
    config["cache"] = cache
    return next_w, config
