import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {"learning_rate": 1e-2, "momentum": 0.9}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    velocity = config.get("velocity", np.zeros_like(w))
    velocity = config["momentum"] * velocity - config["learning_rate"] * dw
    return w + velocity, config
