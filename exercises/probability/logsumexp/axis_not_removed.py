# Mistake: axis-not-removed. The reference, keeping the reduced axis (no squeeze).
import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    s = np.sum(np.exp(x - m), axis=axis, keepdims=True)
    return m + np.log(s)                                  # the mistake: the axis is kept
