# kind: unlisted
# expect: generic:overflow-on-large-inputs
# expect: generic:non-finite-on-large-inputs
# why: writes tanh as (e^{2a} - 1) / (e^{2a} + 1); right for ordinary inputs, but e^{2a} overflows for a > ~355 and inf / inf gives NaN in next_h on the saturated case (overflow is the cause, NaN the symptom)
import numpy as np


def _tanh(z):
    e = np.exp(2 * z)
    return (e - 1) / (e + 1)


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    a = x @ Wx + prev_h @ Wh + b
    next_h = _tanh(a)
    return next_h, (x, prev_h, Wx, Wh, next_h)


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, next_h = cache
    da = dnext_h * (1 - next_h * next_h)
    return da @ Wx.T, da @ Wh.T, x.T @ da, prev_h.T @ da, da.sum(axis=0)
