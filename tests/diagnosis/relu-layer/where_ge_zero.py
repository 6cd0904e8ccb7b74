# kind: harmless
# expect: mask-includes-zero
# why: mask x >= 0 lets dout through at x == 0; np.where and a forward written as x * (x > 0) are otherwise equivalent
import numpy as np


def relu_forward(x):
    active = x > 0
    out = x * active          # zero wherever the unit is off
    return out, x


def relu_backward(dout, cache):
    x = cache
    return np.where(x >= 0, dout, 0.0)
