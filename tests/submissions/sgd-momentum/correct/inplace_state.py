import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    if "velocity" not in config:
        config["velocity"] = np.zeros_like(w, dtype=np.float64)
    v = config["velocity"]
    v *= mu                     # the state is ours to update in place
    v -= lr * dw
    next_w = w.copy()
    next_w += v
    return next_w, config
