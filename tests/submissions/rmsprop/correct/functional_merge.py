import numpy as np


def rmsprop(w, dw, config=None):
    cfg = {"learning_rate": 1e-2, "decay_rate": 0.99, "epsilon": 1e-8}
    if config:
        cfg.update(config)
    old = cfg["cache"] if "cache" in cfg else np.zeros(w.shape)
    new = old + (1 - cfg["decay_rate"]) * (dw * dw - old)     # the same average, rearranged
    rms = new ** 0.5
    cfg["cache"] = new
    return w - cfg["learning_rate"] * dw / (rms + cfg["epsilon"]), cfg
