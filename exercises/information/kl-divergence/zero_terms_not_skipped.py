import numpy as np


def kl_divergence(p, q, axis=-1):
    return np.sum(p * np.log(p / q), axis=axis)       # 0 * log(0) = 0 * -inf = NaN
