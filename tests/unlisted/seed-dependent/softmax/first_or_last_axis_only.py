# Axis 0 is handled by transposing, any other axis as if it were the last one: right in
# 2-D, wrong over the middle axis of a 3-D array, which three random axis draws often missed.
# expect: the middle axis
import numpy as np


def softmax(x, axis=-1):
    if axis == 0 and x.ndim == 2:
        return softmax(x.T).T
    if axis == 0:
        return np.moveaxis(softmax(np.moveaxis(x, 0, -1)), -1, 0)
    z = np.exp(x - x.max(axis=-1, keepdims=True))
    return z / z.sum(axis=-1, keepdims=True)
