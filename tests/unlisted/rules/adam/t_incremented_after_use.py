# The statement's rule: t starts at 0 and is incremented BEFORE it is used. Here the bias
# correction reads t first, so the first step divides by 1 − β^0 = 0.
# expect: t-incremented-after-use
import numpy as np


def adam(w, dw, config=None):
    c = {} if config is None else config
    for k, v in (("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8), ("t", 0)):
        c.setdefault(k, v)
    c.setdefault("m", np.zeros_like(w))
    c.setdefault("v", np.zeros_like(w))
    c["m"] = c["beta1"] * c["m"] + (1 - c["beta1"]) * dw
    c["v"] = c["beta2"] * c["v"] + (1 - c["beta2"]) * dw ** 2
    with np.errstate(divide="ignore", invalid="ignore"):
        m_hat = c["m"] / (1 - c["beta1"] ** c["t"])
        v_hat = c["v"] / (1 - c["beta2"] ** c["t"])
        next_w = w - c["learning_rate"] * m_hat / (np.sqrt(v_hat) + c["epsilon"])
    c["t"] += 1
    return next_w, c
