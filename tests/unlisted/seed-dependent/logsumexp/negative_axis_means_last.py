# Any negative axis is read as the last one (axis=-2 in 2-D is the first axis): the
# random axis draws skipped -2 and -3 on about one seed in ten.
# expect: counted from the end
import numpy as np


def logsumexp(x, axis=-1):
    if axis < 0:
        axis = x.ndim - 1
    m = x.max(axis=axis, keepdims=True)
    return np.squeeze(m, axis=axis) + np.log(np.exp(x - m).sum(axis=axis))
