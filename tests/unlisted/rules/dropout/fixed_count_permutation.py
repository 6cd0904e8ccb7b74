# expect: a fixed number of kept entries
# keeps EXACTLY int(p * x.size) entries chosen by a random permutation, so entries are not 
# dropped independently (the number kept never varies)
import numpy as np


def dropout_forward(x, dropout_param):
    p = dropout_param["p"]
    if dropout_param["mode"] == "test":
        return x, ("test", None, p)
    rng = np.random.default_rng(dropout_param["seed"]) if "seed" in dropout_param else np.random.default_rng()
    flat = np.zeros(x.size, dtype=bool)
    flat[rng.permutation(x.size)[:int(p * x.size)]] = True
    mask = flat.reshape(x.shape)
    return x * mask / p, ("train", mask, p)


def dropout_backward(dout, cache):
    mode, mask, p = cache
    if mode == "train":
        return dout * mask / p
    return dout
