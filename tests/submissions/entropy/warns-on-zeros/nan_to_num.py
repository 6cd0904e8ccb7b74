import numpy as np


def entropy(p, axis=-1):
    terms = np.nan_to_num(p * np.log(p))      # turns the NaN of 0 * log 0 back into 0
    return -terms.sum(axis=axis)
