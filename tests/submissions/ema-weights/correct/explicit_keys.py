import numpy as np


def ema_update(w, config=None):
    if config is None:
        config = {}
    if "decay" not in config:
        config["decay"] = 0.999
    if "bias_correction" not in config:
        config["bias_correction"] = True
    if "shadow" not in config:
        config["shadow"] = np.zeros(w.shape)
    if "t" not in config:
        config["t"] = 0

    config["t"] = config["t"] + 1
    decay = config["decay"]
    new_shadow = np.empty(w.shape)
    for i in np.ndindex(w.shape):
        new_shadow[i] = decay * config["shadow"][i] + (1 - decay) * w[i]
    config["shadow"] = new_shadow
    scale = 1.0
    if config["bias_correction"]:
        scale = 1.0 / (1.0 - decay ** config["t"])
    return new_shadow * scale, config
