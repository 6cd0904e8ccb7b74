import numpy as np


def entropy(p, axis=-1):
    return -(p * np.log(p)).sum(axis=axis)
