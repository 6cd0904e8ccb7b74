import numpy as np


def sgd_momentum(w, dw, config=None):
    """SGD with momentum that updates w in place (as CS231n's sgd does) and returns it."""
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    config.setdefault("velocity", np.zeros_like(w))
    config["velocity"] = config["momentum"] * config["velocity"] - config["learning_rate"] * dw
    w += config["velocity"]
    return w, config
