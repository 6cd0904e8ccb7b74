import numpy as np


def sigmoid(x):
    z = np.exp(-np.abs(x))          # e^-|x| is in (0, 1]: it cannot overflow
    # x >= 0: 1 / (1 + e^-x);   x < 0: e^x / (1 + e^x).  Both are written with z = e^-|x|.
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))
