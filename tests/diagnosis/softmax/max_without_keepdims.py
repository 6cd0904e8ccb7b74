# kind: unlisted
# expect: generic:missing-keepdims
# why: the max and the sum are reduced without keepdims=True, so they do not broadcast back along axis (only works by luck for axis 0)
import numpy as np


def softmax(x, axis=-1):
    shifted = x - np.max(x, axis=axis)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis)
