import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    h = np.tanh(np.dot(x, Wx) + np.dot(prev_h, Wh) + b)
    return h, [x, prev_h, Wx, Wh, h]


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, h = cache
    t = np.tanh(h)
    da = dnext_h * (1 - t * t)
    N = x.shape[0]
    db = np.zeros(da.shape[1])
    for n in range(N):
        db += da[n]
    return np.dot(da, Wx.T), np.dot(da, Wh.T), np.dot(x.T, da), np.dot(prev_h.T, da), db
