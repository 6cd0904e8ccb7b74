import numpy as np


def sgd_momentum(w, dw, config=None):
    config = config if config is not None else {}
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    v = config.get("velocity", np.zeros_like(w))
    v = mu * v + lr * dw
    config["velocity"] = v
    return w - v, config
