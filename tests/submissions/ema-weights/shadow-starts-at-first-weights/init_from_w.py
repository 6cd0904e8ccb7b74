import numpy as np


def ema_update(w, config=None):
    if config is None:
        config = {"shadow": np.array(w, dtype=float)}   # start the average at the first weights
    config.setdefault("decay", 0.999)
    config.setdefault("bias_correction", True)
    config.setdefault("shadow", np.array(w, dtype=float))
    config.setdefault("t", 0)
    d = config["decay"]
    t = config["t"] + 1
    shadow = d * config["shadow"] + (1 - d) * w
    avg = shadow / (1 - d ** t) if config["bias_correction"] else shadow.copy()
    config.update(shadow=shadow, t=t)
    return avg, config
