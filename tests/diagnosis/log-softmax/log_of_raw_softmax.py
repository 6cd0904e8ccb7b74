# kind: combined
# expect: log-of-softmax, no-max-shift
# why: exponentiates the raw logits (overflows to inf past 709, giving nan) and takes np.log of the resulting probabilities (log(0) = -inf for masked logits)
import numpy as np


def softmax(x, axis):
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    return np.log(softmax(x, axis))
