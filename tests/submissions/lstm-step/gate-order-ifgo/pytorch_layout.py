import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b):
    gi, gf, gg, go = np.split(x @ Wx + prev_h @ Wh + b, 4, axis=1)     # i, f, g, o
    i, f, g, o = sigmoid(gi), sigmoid(gf), np.tanh(gg), sigmoid(go)
    c = f * prev_c + i * g
    h = o * np.tanh(c)
    return h, c, (x, prev_h, prev_c, Wx, Wh, i, f, g, o, c)


def lstm_step_backward(dnext_h, dnext_c, cache):
    x, prev_h, prev_c, Wx, Wh, i, f, g, o, c = cache
    tc = np.tanh(c)
    dc = dnext_c + dnext_h * o * (1 - tc ** 2)
    da = np.concatenate([dc * g * i * (1 - i), dc * prev_c * f * (1 - f), dc * i * (1 - g ** 2),
                         dnext_h * tc * o * (1 - o)], axis=1)
    return da @ Wx.T, da @ Wh.T, dc * f, x.T @ da, prev_h.T @ da, da.sum(axis=0)
