# ε is always 1e-8: right for every configuration except one that sets epsilon, which a
# seed used to draw only sometimes.
# expect: with a large epsilon
import numpy as np


def adam(w, dw, config=None):
    config = {} if config is None else config
    lr = config.setdefault("learning_rate", 1e-3)
    b1 = config.setdefault("beta1", 0.9)
    b2 = config.setdefault("beta2", 0.999)
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * dw
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * dw ** 2
    t = config.get("t", 0) + 1
    config.update(m=m, v=v, t=t)
    return w - lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8), config
