# Mistake: wrong-axis (over the whole array). The reference, with the max and the sum taken
# over every entry instead of along the axis.
import numpy as np


def softmax(x, axis=-1):
    shifted = x - np.max(x)   # every exponent <= 0: no overflow
    e = np.exp(shifted)
    return e / np.sum(e)
