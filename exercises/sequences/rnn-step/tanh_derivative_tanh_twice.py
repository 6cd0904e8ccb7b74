# Mistake: tanh-derivative-of-input (tanh taken twice). The reference, with 1 - tanh(.)^2 taken
# of the output next_h.
import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    a = x @ Wx + prev_h @ Wh + b            # (N, H) pre-activation
    next_h = np.tanh(a)                     # (N, H)
    cache = (x, prev_h, Wx, Wh, next_h)
    return next_h, cache


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, next_h = cache
    da = dnext_h * (1.0 - np.tanh(next_h) ** 2)   # tanh twice
    dx = da @ Wx.T                          # (N, D)
    dprev_h = da @ Wh.T                     # (N, H)
    dWx = x.T @ da                          # (D, H)
    dWh = prev_h.T @ da                     # (H, H)
    db = da.sum(axis=0)                     # (H,)
    return dx, dprev_h, dWx, dWh, db
