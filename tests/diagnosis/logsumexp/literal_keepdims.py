# kind: combined
# expect: no-max-shift, axis-not-removed
# why: the literal log(sum(exp(x))) without the max shift, and keepdims=True leaves the reduced axis in the result
import numpy as np


def logsumexp(x, axis=-1):
    total = np.exp(x).sum(axis=axis, keepdims=True)
    return np.log(total)
