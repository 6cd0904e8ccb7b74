import numpy as np


def entropy(p, axis=-1):
    surprise = -np.ma.log(p)                  # masked (not computed) where p == 0
    return np.sum(p * surprise.filled(0.0), axis=axis)
