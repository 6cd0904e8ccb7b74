import numpy as np

DEFAULTS = {"learning_rate": 1e-2, "momentum": 0.9}


def sgd_momentum(w, dw, config=None):
    cfg = {**DEFAULTS, **(config or {})}
    velocity = cfg.get("velocity")
    if velocity is None:
        velocity = np.zeros(w.shape)
    velocity = cfg["momentum"] * velocity - cfg["learning_rate"] * dw
    cfg["velocity"] = velocity
    return w + velocity, cfg
