# kind: unlisted
# expect: generic:size-one-axis
# why: np.squeeze without an axis removes every size-1 axis, not only the reduced one, so an input with another axis of size 1 loses it too
import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    lse = m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))
    return np.squeeze(lse)
