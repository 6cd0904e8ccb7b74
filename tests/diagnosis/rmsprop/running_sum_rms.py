# kind: combined
# expect: cache-not-decayed, epsilon-inside-sqrt
# why: same pair written another way (rmsprop has only two named mistakes): decay_rate is read but never applied, and rms = sqrt(cache + eps)
import numpy as np


def rmsprop(w, dw, config=None):
    if config is None:
        config = {}
    lr = config.setdefault("learning_rate", 1e-2)
    rho = config.setdefault("decay_rate", 0.99)     # TODO
    eps = config.setdefault("epsilon", 1e-8)
    cache = config.setdefault("cache", np.zeros_like(w))

    sq = np.square(dw)
    cache = cache + sq
    rms = np.sqrt(cache + eps)
    config["cache"] = cache
    return w - lr * (dw / rms), config
