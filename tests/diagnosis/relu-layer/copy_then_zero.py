# kind: combined
# expect: masks-by-upstream-sign, mask-includes-zero
# why: zeroes dout where dout < 0 (sign of the gradient) and only where x < 0, so x == 0 still passes
import numpy as np


def relu_forward(x):
    out = x.copy()
    out[out < 0] = 0
    return out, x


def relu_backward(dout, cache):
    x = cache
    dx = dout.copy()
    dx[dx < 0] = 0      # relu derivative: negative gradients are cut
    dx[x < 0] = 0       # dead units get nothing
    return dx
