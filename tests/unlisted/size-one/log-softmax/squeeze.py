# expect: an axis has size 1
# removes the kept axis with m.squeeze() (no axis), which also drops other size-1 axes; x of 
# shape (2, 1, 3) gives a (2, 2, 3) result
import numpy as np


def log_softmax(x, axis=-1):
    m = x.max(axis=axis, keepdims=True)
    lse = m.squeeze() + np.log(np.exp(x - m).sum(axis=axis))
    return x - np.expand_dims(lse, axis)
