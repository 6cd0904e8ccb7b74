# kind: unlisted
# expect: generic:wrong-axis
# why: ignores the axis argument and always reduces over the last axis (right only when axis is the last one)
import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=-1, keepdims=True)
    out = m + np.log(np.sum(np.exp(x - m), axis=-1, keepdims=True))
    return out[..., 0]
