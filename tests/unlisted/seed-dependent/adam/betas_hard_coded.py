# The betas are the defaults whatever the config says; the learning rate and epsilon are
# read. Once only one of three drawn configurations gave betas.
# expect: with chosen betas
import numpy as np


def adam(w, dw, config=None):
    config = {} if config is None else config
    lr = config.setdefault("learning_rate", 1e-3)
    eps = config.setdefault("epsilon", 1e-8)
    m = 0.9 * config.get("m", np.zeros_like(w)) + 0.1 * dw
    v = 0.999 * config.get("v", np.zeros_like(w)) + 0.001 * dw ** 2
    t = config.get("t", 0) + 1
    config.update(m=m, v=v, t=t)
    return w - lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + eps), config
