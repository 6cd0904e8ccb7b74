import numpy as np


def entropy(p, axis=-1):
    # the right values, but np.where evaluates p * np.log(p) everywhere, zeros included
    return -np.sum(np.where(p > 0, p * np.log(p), 0.0), axis=axis)
