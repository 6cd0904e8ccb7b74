import numpy as np


def ema_update(w, config=None):
    if config is None:
        config = {}
    config.setdefault("decay", 0.999)
    config.setdefault("bias_correction", True)
    config.setdefault("shadow", np.zeros_like(w))
    config.setdefault("t", 0)
    d = config["decay"]
    config["t"] += 1
    s = d * config["shadow"] + (1 - d) * w
    if config["bias_correction"]:
        s = s / (1 - d ** config["t"])
    config["shadow"] = s
    return s.copy(), config
