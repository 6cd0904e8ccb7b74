import numpy as np


def ema_update(w, config=None):
    if config is None:
        config = {}
    config.setdefault("decay", 0.999)
    config.setdefault("bias_correction", True)
    config.setdefault("shadow", np.zeros_like(w))
    config.setdefault("t", 0)

    t = config["t"] + 1
    shadow = config["decay"] * config["shadow"] + (1 - config["decay"]) * w
    if config["bias_correction"]:
        avg = shadow / (1 - config["decay"] ** t)
    else:
        avg = shadow.copy()
    config["shadow"], config["t"] = shadow, t
    return avg, config
