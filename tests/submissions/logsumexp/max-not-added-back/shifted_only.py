import numpy as np


def logsumexp(x, axis=-1):
    shift = x.max(axis=axis, keepdims=True)
    shifted = x - shift
    return np.log(np.exp(shifted).sum(axis=axis))
