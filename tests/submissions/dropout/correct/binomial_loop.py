import numpy as np


def dropout_forward(x, dropout_param):
    """Draws the mask with a binomial draw and applies it element by element."""
    keep_prob = dropout_param["p"]
    if dropout_param["mode"] != "train":
        return np.array(x, copy=True), {"train": False}
    gen = np.random.default_rng(dropout_param["seed"]) if "seed" in dropout_param else np.random.default_rng()
    kept = gen.binomial(1, keep_prob, size=x.shape).astype(bool)
    out = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        if kept[idx]:
            out[idx] = x[idx] / keep_prob
    return out, {"train": True, "kept": kept, "keep_prob": keep_prob}


def dropout_backward(dout, cache):
    if not cache["train"]:
        return np.array(dout, copy=True)
    dx = np.zeros(dout.shape)
    dx[cache["kept"]] = dout[cache["kept"]] / cache["keep_prob"]
    return dx
