# kind: harmless
# expect: cache-not-decayed
# why: the cache is a plain sum of squared gradients; the helper, np.square and np.divide are equivalent rewrites
import numpy as np

DEFAULTS = {"learning_rate": 1e-2, "decay_rate": 0.99, "epsilon": 1e-8}


def _fill(config, w):
    for key, value in DEFAULTS.items():
        config.setdefault(key, value)
    config.setdefault("cache", np.zeros_like(w))
    return config


def rmsprop(w, dw, config=None):
    config = _fill({} if config is None else config, w)
    # accumulate the squared gradients
    cache = config["cache"] + np.square(dw)
    scaled = np.divide(dw, np.sqrt(cache) + config["epsilon"])
    next_w = w - config["learning_rate"] * scaled
    config["cache"] = cache
    return next_w, config
