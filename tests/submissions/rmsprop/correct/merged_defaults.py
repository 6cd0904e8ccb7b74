import numpy as np

_DEFAULTS = {"learning_rate": 1e-2, "decay_rate": 0.99, "epsilon": 1e-8}


def rmsprop(w, dw, config=None):
    config = {} if config is None else config
    for key, value in _DEFAULTS.items():   # immutable values only: nothing shared leaks
        config.setdefault(key, value)
    if "cache" not in config:
        config["cache"] = np.zeros(w.shape)
    rho, lr, eps = config["decay_rate"], config["learning_rate"], config["epsilon"]
    new_cache = config["cache"] * rho
    new_cache = new_cache + (1.0 - rho) * np.square(dw)
    config["cache"] = new_cache
    return w - lr * dw / (np.sqrt(new_cache) + eps), config
