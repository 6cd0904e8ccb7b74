import numpy as np


def adamw(w, dw, config=None):
    config = config if config is not None else {}
    for k, d in [("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8), ("weight_decay", 1e-2)]:
        config.setdefault(k, d)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    config.setdefault("t", 0)

    grad = dw + config["weight_decay"] * w      # weight decay as part of the gradient
    config["t"] = config["t"] + 1
    config["m"] = config["beta1"] * config["m"] + (1 - config["beta1"]) * grad
    config["v"] = config["beta2"] * config["v"] + (1 - config["beta2"]) * grad ** 2
    mhat = config["m"] / (1 - config["beta1"] ** config["t"])
    vhat = config["v"] / (1 - config["beta2"] ** config["t"])
    return w - config["learning_rate"] * mhat / (np.sqrt(vhat) + config["epsilon"]), config
