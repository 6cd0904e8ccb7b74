import numpy as np
def logsumexp(x, axis=-1):
    m = x.max(axis)
    s = np.exp(x - m).sum(axis)
    return np.log(s) + m
