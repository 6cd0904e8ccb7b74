# kind: combined
# expect: masks-by-upstream-sign, mask-includes-zero
# why: drops every negative dout (a ReLU on the gradient) and gates with x >= 0, so units at exactly 0 pass
import numpy as np


def relu_forward(x):
    out = np.maximum(0, x)
    cache = x
    return out, cache


def relu_backward(dout, cache):
    x = cache
    dx = np.maximum(0, dout) * (x >= 0)
    return dx
