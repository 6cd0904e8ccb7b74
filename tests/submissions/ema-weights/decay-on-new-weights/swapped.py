import numpy as np


def ema_update(w, config=None):
    config = config if config is not None else {}
    decay = config.setdefault("decay", 0.999)
    use_bc = config.setdefault("bias_correction", True)
    config.setdefault("shadow", np.zeros_like(w))
    config["t"] = config.setdefault("t", 0) + 1
    config["shadow"] = decay * w + (1 - decay) * config["shadow"]
    if use_bc:
        avg = config["shadow"] / (1 - decay ** config["t"])
    else:
        avg = config["shadow"].copy()
    return avg, config
