import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=axis)
    return m + np.log(np.sum(np.exp(x - m), axis=axis))
