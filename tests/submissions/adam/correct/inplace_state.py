import numpy as np


def adam(w, dw, config=None):
    if config is None:
        config = {}
    for key, value in (("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8)):
        config.setdefault(key, value)
    if "m" not in config:
        config["m"] = np.zeros(w.shape)
        config["v"] = np.zeros(w.shape)
        config["t"] = 0

    b1, b2 = config["beta1"], config["beta2"]
    m, v = config["m"], config["v"]
    # update the moment buffers in place (they belong to config, not to the caller)
    m *= b1
    m += (1 - b1) * dw
    v *= b2
    v += (1 - b2) * dw ** 2
    config["t"] = t = config["t"] + 1

    step = np.sqrt(v / (1 - b2 ** t))
    step += config["epsilon"]
    np.divide(m / (1 - b1 ** t), step, out=step)
    next_w = w.copy()
    next_w -= config["learning_rate"] * step
    return next_w, config
