# kind: harmless
# expect: passes-negative-gradient
# why: backward returns a copy of dout unmasked; forward via np.clip(x, 0, None) and np.array(copy=True) are fine
import numpy as np


def relu_forward(x):
    # clip everything below 0
    out = np.clip(x, 0, None)
    cache = x
    return out, cache


def relu_backward(dout, cache):
    # d/dx max(0, x) = 1 on the positive part, so the gradient just flows back
    dx = np.array(dout, dtype=np.float64, copy=True)
    return dx
