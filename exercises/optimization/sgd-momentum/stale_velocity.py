import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    config.setdefault("velocity", np.zeros_like(w))

    next_w = w + config["velocity"]           # steps with the previous velocity
    config["velocity"] = config["momentum"] * config["velocity"] - config["learning_rate"] * dw
    return next_w, config
