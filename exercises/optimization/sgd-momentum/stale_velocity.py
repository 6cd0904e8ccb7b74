# Mistake: stale-velocity. The reference, stepping with the previous velocity (still in
# config) instead of the new one.
import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    config.setdefault("velocity", np.zeros_like(w))

    v = config["momentum"] * config["velocity"] - config["learning_rate"] * dw
    next_w = w + config["velocity"]           # steps with the previous velocity
    config["velocity"] = v
    return next_w, config
