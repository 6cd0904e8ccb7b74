import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    h = np.tanh(x @ Wx + prev_h @ Wh + b)
    return h, (x, prev_h, Wx, Wh, h)


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, h = cache
    da = dnext_h * (1 - h * h)
    return da @ Wx.T, da @ Wh.T, x.T @ da, prev_h.T @ da, da.sum(axis=0)
