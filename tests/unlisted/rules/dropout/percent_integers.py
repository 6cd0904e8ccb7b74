# expect: over 40 train-mode calls your layer kept a fraction
# mask from integer percents, rng.integers(0, 100) < p * 100, so the keep rate is 
# ceil(100p)/100, not p (e.g. 0.34 for p = 0.333)
import numpy as np


def dropout_forward(x, dropout_param):
    p = dropout_param["p"]
    if dropout_param["mode"] == "test":
        return x, ("test", None, p)
    rng = np.random.default_rng(dropout_param["seed"]) if "seed" in dropout_param else np.random.default_rng()
    mask = rng.integers(0, 100, size=x.shape) < p * 100
    return x * mask / p, ("train", mask, p)


def dropout_backward(dout, cache):
    mode, mask, p = cache
    if mode == "train":
        return dout * mask / p
    return dout
