import math

import numpy as np


def _one(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    t = math.exp(v)
    return t / (1.0 + t)


def sigmoid(x):
    return np.vectorize(_one, otypes=[float])(x)
