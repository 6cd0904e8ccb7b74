import numpy as np


def logsumexp(x, axis=-1):
    total = np.exp(x).sum(axis=axis)
    return np.log(total)
