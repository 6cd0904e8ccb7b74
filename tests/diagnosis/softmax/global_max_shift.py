# kind: unlisted
# expect: generic:underflow-on-large-inputs
# why: shifts by the maximum of the whole array instead of each slice's maximum; right mathematically, but a slice whose entries all lie more than ~745 below the global max has every exp underflow to 0, and 0/0 is NaN
import numpy as np


def softmax(x, axis=-1):
    # subtract the biggest value so that exp never overflows
    biggest = np.max(x)
    e = np.exp(x - biggest)
    return e / np.sum(e, axis=axis, keepdims=True)
