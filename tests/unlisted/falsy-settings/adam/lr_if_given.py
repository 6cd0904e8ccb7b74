# expect: a setting is exactly 0
# The learning rate taken from the config only "if config.get(...)": a learning rate of 0
# (a frozen step, as in a warmup's first step) is read as not given and becomes 1e-3.
import numpy as np


def adam(w, dw, config=None):
    config = {} if config is None else config
    lr = 1e-3
    if config.get("learning_rate"):
        lr = config["learning_rate"]
    b1, b2, eps = config.get("beta1", 0.9), config.get("beta2", 0.999), config.get("epsilon", 1e-8)
    m = config.get("m", np.zeros_like(w))
    v = config.get("v", np.zeros_like(w))
    t = config.get("t", 0) + 1
    m = b1 * m + (1 - b1) * dw
    v = b2 * v + (1 - b2) * dw ** 2
    step = lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
    config.update(learning_rate=lr if "learning_rate" in config else config.get("learning_rate", 1e-3),
                  beta1=b1, beta2=b2, epsilon=eps, m=m, v=v, t=t)
    return w - step, config
