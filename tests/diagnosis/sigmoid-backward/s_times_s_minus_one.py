# kind: unlisted
# expect: generic:sign-flip
# why: a stable sigmoid and the chain rule, but the local derivative is written s * (s - 1) instead of s * (1 - s), so every dx has the opposite sign
import numpy as np


def sigmoid_backward(dout, x):
    s = np.empty_like(x, dtype=float)
    pos = x >= 0
    s[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    ex = np.exp(x[~pos])
    s[~pos] = ex / (1.0 + ex)
    return dout * s * (s - 1.0)
