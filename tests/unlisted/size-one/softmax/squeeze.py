# expect: an axis has size 1
# the max is squeezed with .squeeze() (no axis) and expanded back at `axis`, which also drops 
# other size-1 axes; x of shape (2, 1, 3) gives a (2, 2, 3) result
import numpy as np


def softmax(x, axis=-1):
    m = np.expand_dims(x.max(axis=axis, keepdims=True).squeeze(), axis)
    e = np.exp(x - m)
    return e / e.sum(axis=axis, keepdims=True)
