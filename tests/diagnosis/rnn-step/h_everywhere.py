# kind: combined
# expect: tanh-derivative-of-input, dwh-uses-next-h
# why: keeps only the new state h in the cache and uses it for everything: da = dout * (1 - tanh(h)^2) applies tanh a second time, and dWh = h.T @ da uses the new state instead of prev_h
import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    h = np.tanh(x @ Wx + prev_h @ Wh + b)
    return h, (x, h, Wx, Wh)


def rnn_step_backward(dnext_h, cache):
    x, h, Wx, Wh = cache
    dtanh = 1 - np.tanh(h) ** 2
    da = dnext_h * dtanh
    dx = da @ Wx.T
    dprev_h = da @ Wh.T
    dWx = x.T @ da
    dWh = h.T @ da
    db = da.sum(0)
    return dx, dprev_h, dWx, dWh, db
