# kind: harmless
# expect: axis-not-removed
# why: np.logaddexp.reduce is a stable, equivalent way to get the values, but keepdims=True keeps the reduced axis with size 1
import numpy as np


def logsumexp(x, axis=-1):
    # logaddexp(a, b) = log(e^a + e^b), computed stably; reducing it along the axis
    # gives log(sum(exp(x))) for the whole slice
    return np.logaddexp.reduce(x, axis=axis, keepdims=True)
