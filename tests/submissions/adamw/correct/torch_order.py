import numpy as np

DEFAULTS = dict(learning_rate=1e-3, beta1=0.9, beta2=0.999, epsilon=1e-8, weight_decay=1e-2)


def adamw(w, dw, config=None):
    if config is None:
        config = {}
    for key, value in DEFAULTS.items():
        if key not in config:
            config[key] = value
    if "m" not in config:
        config["m"] = np.zeros_like(w)
    if "v" not in config:
        config["v"] = np.zeros_like(w)
    if "t" not in config:
        config["t"] = 0

    lr = config["learning_rate"]
    # PyTorch: shrink the weights first, then the Adam update (which ignores w)
    shrunk = w * (1.0 - lr * config["weight_decay"])
    config["t"] += 1
    t = config["t"]
    config["m"] = config["beta1"] * config["m"] + (1.0 - config["beta1"]) * dw
    config["v"] = config["beta2"] * config["v"] + (1.0 - config["beta2"]) * dw * dw
    bc1 = 1.0 - config["beta1"] ** t
    bc2 = 1.0 - config["beta2"] ** t
    denom = np.sqrt(config["v"]) / np.sqrt(bc2) + config["epsilon"]
    return shrunk - (lr / bc1) * config["m"] / denom, config
