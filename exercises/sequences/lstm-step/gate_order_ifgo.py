import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))                                   # never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b):
    H = prev_h.shape[1]
    a = x @ Wx + prev_h @ Wh + b                             # (N, 4H)
    i = sigmoid(a[:, 0 * H:1 * H])                           # input gate
    f = sigmoid(a[:, 1 * H:2 * H])                           # forget gate
    g = np.tanh(a[:, 2 * H:3 * H])                           # candidate values
    o = sigmoid(a[:, 3 * H:4 * H])                           # output gate
    next_c = f * prev_c + i * g
    tanh_c = np.tanh(next_c)
    next_h = o * tanh_c
    cache = (x, prev_h, prev_c, Wx, Wh, i, f, o, g, tanh_c)
    return next_h, next_c, cache


def lstm_step_backward(dnext_h, dnext_c, cache):
    x, prev_h, prev_c, Wx, Wh, i, f, o, g, tanh_c = cache
    do = dnext_h * tanh_c
    dc = dnext_c + dnext_h * o * (1.0 - tanh_c ** 2)         # next_c reaches the loss two ways
    di, df, dg = dc * g, dc * prev_c, dc * i
    dprev_c = dc * f
    da = np.concatenate([di * i * (1.0 - i),                 # sigmoid' = s (1 - s)
                         df * f * (1.0 - f),
                         dg * (1.0 - g ** 2),
                         do * o * (1.0 - o)], axis=1)
    dx = da @ Wx.T
    dprev_h = da @ Wh.T
    dWx = x.T @ da
    dWh = prev_h.T @ da
    db = da.sum(axis=0)
    return dx, dprev_h, dprev_c, dWx, dWh, db
