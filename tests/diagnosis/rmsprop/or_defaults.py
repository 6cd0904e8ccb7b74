# kind: unlisted
# expect: generic:zero-setting-ignored
# why: `config.get(k) or default` turns a given learning_rate, decay_rate or epsilon of 0 into the default
import numpy as np


def rmsprop(w, dw, config=None):
    if config is None:
        config = {}
    lr = config.get("learning_rate") or 1e-2
    decay = config.get("decay_rate") or 0.99
    eps = config.get("epsilon") or 1e-8
    cache = config.get("cache")
    if cache is None:
        cache = np.zeros_like(w)

    cache = decay * cache + (1 - decay) * dw ** 2
    config["cache"] = cache
    return w - lr * dw / (np.sqrt(cache) + eps), config
