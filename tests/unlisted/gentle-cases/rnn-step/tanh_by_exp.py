# expect: saturated far past tanh's range
# tanh computed as (exp(2a) - 1) / (exp(2a) + 1), which overflows to inf/inf = NaN for a > ~355
import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    a = x @ Wx + prev_h @ Wh + b
    e = np.exp(2 * a)
    h = (e - 1) / (e + 1)
    return h, (x, prev_h, Wx, Wh, h)


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, h = cache
    da = dnext_h * (1 - h * h)
    return da @ Wx.T, da @ Wh.T, x.T @ da, prev_h.T @ da, da.sum(axis=0)
