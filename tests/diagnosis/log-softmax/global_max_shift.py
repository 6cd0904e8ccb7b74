# kind: unlisted
# expect: generic:underflow-on-large-inputs
# why: shifts by the maximum of the whole array instead of the maximum along axis; mathematically the same, but a slice whose logits all lie more than ~745 below the global max has every exp underflow to 0 and log(0) = -inf
import numpy as np


def log_softmax(x, axis=-1):
    c = x.max()                           # one constant is enough to stop overflow
    z = x - c
    return z - np.log(np.exp(z).sum(axis=axis, keepdims=True))
