# Mistake: tanh-derivative-of-input. The reference, with the formula 1 - h^2 applied to the
# pre-activation a (cached for it) instead of to next_h.
import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    a = x @ Wx + prev_h @ Wh + b            # (N, H) pre-activation
    next_h = np.tanh(a)                     # (N, H)
    cache = (x, prev_h, Wx, Wh, next_h, a)
    return next_h, cache


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, next_h, a = cache
    da = dnext_h * (1.0 - a ** 2)           # 1 - a^2: the formula applied to the pre-activation
    dx = da @ Wx.T                          # (N, D)
    dprev_h = da @ Wh.T                     # (N, H)
    dWx = x.T @ da                          # (D, H)
    dWh = prev_h.T @ da                     # (H, H)
    db = da.sum(axis=0)                     # (H,)
    return dx, dprev_h, dWx, dWh, db
