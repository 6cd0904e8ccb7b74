import numpy as np


def dropout_forward(x, dropout_param):
    p = dropout_param["p"]
    if dropout_param["mode"] == "test":
        return x.copy(), {"mode": "test"}
    if "seed" in dropout_param:
        rng = np.random.default_rng(dropout_param["seed"])
    else:
        rng = np.random.default_rng()
    keep = rng.random(x.shape) < p
    out = np.where(keep, x / p, 0.0)
    return out, {"mode": "train", "keep": keep, "p": p}


def dropout_backward(dout, cache):
    if cache["mode"] == "test":
        return dout.copy()
    return np.where(cache["keep"], dout / cache["p"], 0.0)
