import numpy as np


def rmsprop(w, dw, config=None):
    cfg = dict(learning_rate=1e-2, decay_rate=0.99, epsilon=1e-8)
    cfg.update(config or {})
    ms = cfg.get("cache", np.zeros_like(w))
    ms = cfg["decay_rate"] * ms + (1 - cfg["decay_rate"]) * dw ** 2
    cfg["cache"] = ms
    return w - cfg["learning_rate"] * dw / (ms + cfg["epsilon"]) ** 0.5, cfg
