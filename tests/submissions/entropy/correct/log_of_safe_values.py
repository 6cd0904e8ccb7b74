import numpy as np


def entropy(p, axis=-1):
    safe = np.where(p > 0, p, 1.0)           # ln 1 = 0, so zero entries add nothing
    return -(p * np.log(safe)).sum(axis=axis)
