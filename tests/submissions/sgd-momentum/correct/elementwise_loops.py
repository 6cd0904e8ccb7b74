import numpy as np


def sgd_momentum(w, dw, config=None):
    config = dict(config) if config else {}
    lr = config.get("learning_rate", 1e-2)
    mu = config.get("momentum", 0.9)
    old = config.get("velocity", np.zeros_like(w))
    new_v = np.empty(w.shape)
    next_w = np.empty(w.shape)
    for idx in np.ndindex(*w.shape):
        new_v[idx] = mu * old[idx] - lr * dw[idx]
        next_w[idx] = w[idx] + new_v[idx]
    config.update(learning_rate=lr, momentum=mu, velocity=new_v)
    return next_w, config
