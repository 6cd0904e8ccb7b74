# Mistake: wrong-axis (the sum along the last axis). The reference, with the sum taken along
# axis -1 whatever the axis argument.
import numpy as np


def softmax(x, axis=-1):
    shifted = x - np.max(x, axis=axis, keepdims=True)   # every exponent <= 0: no overflow
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)
