import numpy as np


def logsumexp(x, axis=-1):
    c = np.amax(x, axis=axis, keepdims=True)
    total = np.sum(np.exp(x - c), axis=axis, keepdims=True)
    return np.log(total) + c
