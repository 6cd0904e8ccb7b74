import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)             # the largest entry of each slice
    s = np.sum(np.exp(x - m), axis=axis, keepdims=True)  # every exponent <= 0, so 1 <= s <= C
    return np.squeeze(m + np.log(s), axis=axis)          # add the shift back, drop the axis
