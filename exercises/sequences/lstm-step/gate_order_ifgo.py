# Mistake: gate-order-ifgo. The reference reading the blocks of a in the order i, f, g, o.
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))                                   # never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))    # mutant-ok(comparison): both are 1/2 at 0


def lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b):
    a = x @ Wx + prev_h @ Wh + b                             # (N, 4H)
    ai, af, ag, ao = np.split(a, 4, axis=1)                  # i, f, g, o: the wrong order
    i, f, o = sigmoid(ai), sigmoid(af), sigmoid(ao)          # input, forget and output gates
    g = np.tanh(ag)                                          # candidate values
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
                         dg * (1.0 - g ** 2),                # tanh' = 1 - tanh²
                         do * o * (1.0 - o)], axis=1)
    dx = da @ Wx.T
    dprev_h = da @ Wh.T
    dWx = x.T @ da
    dWh = prev_h.T @ da
    db = da.sum(axis=0)
    return dx, dprev_h, dprev_c, dWx, dWh, db
