# expect: keep state in the cache, not in the module
# Dropout whose mask lives in a module global: every property holds for one forward and its
# backward, but with two batches in flight the first backward uses the second batch's mask.
import numpy as np

_mask = None


def dropout_forward(x, dropout_param):
    global _mask
    p = dropout_param["p"]
    if dropout_param["mode"] == "test":
        return x.copy(), dropout_param
    _mask = np.random.default_rng(dropout_param.get("seed")).random(x.shape) < p
    return np.where(_mask, x / p, 0.0), dropout_param


def dropout_backward(dout, cache):
    if cache["mode"] == "test":
        return dout.copy()
    return np.where(_mask, dout / cache["p"], 0.0)
