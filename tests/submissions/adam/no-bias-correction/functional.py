import numpy as np


def adam(w, dw, config=None):
    cfg = {"learning_rate": 1e-3, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8,
           "m": np.zeros_like(w), "v": np.zeros_like(w), "t": 0}
    if config:
        cfg.update(config)
    t = cfg["t"] + 1
    m = cfg["beta1"] * cfg["m"] + (1 - cfg["beta1"]) * dw
    v = cfg["beta2"] * cfg["v"] + (1 - cfg["beta2"]) * dw * dw
    update = cfg["learning_rate"] * m / (np.sqrt(v) + cfg["epsilon"])
    cfg["m"], cfg["v"], cfg["t"] = m, v, t
    return w - update, cfg
