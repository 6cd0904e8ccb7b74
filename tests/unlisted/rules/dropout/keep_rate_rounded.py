# expect: over 40 train-mode calls your layer kept a fraction
# The keep probability rounded to two decimals before drawing: p = 0.3333 keeps 33% of
# the entries, a rate a large enough test tells from p.
import numpy as np


def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x.copy(), None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < round(p, 2)) / p
    return x * mask, mask


def dropout_backward(dout, cache):
    return dout if cache is None else dout * cache
