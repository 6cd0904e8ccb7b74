# expect: an axis has size 1
# removes the kept axis with m.squeeze() (no axis), which also drops other size-1 axes; e.g. x 
# of shape (2, 1, 3) gives a (2, 2) result instead of (2, 1)
import numpy as np


def logsumexp(x, axis=-1):
    m = x.max(axis=axis, keepdims=True)
    return m.squeeze() + np.log(np.exp(x - m).sum(axis=axis))
