# ε under the square root: invisible beside √v̂ ≈ 1 with ε = 1e-8, so it once failed only
# when a seed drew the epsilon=1e-6 configuration.
# expect: epsilon-inside-sqrt
import numpy as np


def adam(w, dw, config=None):
    config = {} if config is None else config
    for key, default in (("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8), ("t", 0)):
        config.setdefault(key, default)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    b1, b2 = config["beta1"], config["beta2"]
    config["t"] += 1
    config["m"] = b1 * config["m"] + (1 - b1) * dw
    config["v"] = b2 * config["v"] + (1 - b2) * dw * dw
    m_hat = config["m"] / (1 - b1 ** config["t"])
    v_hat = config["v"] / (1 - b2 ** config["t"])
    return w - config["learning_rate"] * m_hat / np.sqrt(v_hat + config["epsilon"]), config
