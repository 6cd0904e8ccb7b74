import numpy as np


def log_softmax(x, axis=-1):
    lse = np.log(np.exp(x).sum(axis=axis))
    return x - np.expand_dims(lse, axis)
