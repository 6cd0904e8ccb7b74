# kind: harmless
# expect: no-max-shift
# why: x - log(sum(exp(x))) without subtracting the max first: exp overflows for logits near 1000; the separate logsumexp helper, np.subtract and the copy of x are harmless
import numpy as np


def logsumexp(a, axis):
    """log of the sum of exponentials along axis, kept broadcastable."""
    total = np.sum(np.exp(a), axis=axis, keepdims=True)
    return np.log(total)


def log_softmax(x, axis=-1):
    logits = np.array(x, dtype=np.float64, copy=True)   # never touch the input
    normalizer = logsumexp(logits, axis)
    return np.subtract(logits, normalizer)
