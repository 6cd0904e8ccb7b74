# kind: combined
# expect: max-not-added-back, axis-not-removed
# why: returns log sum exp(x - m) without adding m back, and keeps the reduced axis with size 1
import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    s = np.sum(np.exp(x - m), axis=axis, keepdims=True)
    return np.log(s)
