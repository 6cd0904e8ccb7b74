# kind: unlisted
# expect: generic:missing-keepdims
# why: the max and the log-sum are reduced along axis without keepdims, so they broadcast against the wrong axis (an error for 2-D logits along the last axis, silently right only along axis 0)
import numpy as np


def log_softmax(x, axis=-1):
    m = np.max(x, axis=axis)
    shifted = x - m
    lse = np.log(np.sum(np.exp(shifted), axis=axis))
    return shifted - lse
