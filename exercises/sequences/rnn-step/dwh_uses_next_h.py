# Mistake: dwh-uses-next-h. The reference, with dWh from the new state instead of the one Wh
# multiplied.
import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    a = x @ Wx + prev_h @ Wh + b            # (N, H) pre-activation
    next_h = np.tanh(a)                     # (N, H)
    cache = (x, prev_h, Wx, Wh, next_h)
    return next_h, cache


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, next_h = cache
    da = dnext_h * (1.0 - next_h ** 2)      # tanh'(a) = 1 - tanh(a)^2 = 1 - next_h^2
    dx = da @ Wx.T                          # (N, D)
    dprev_h = da @ Wh.T                     # (N, H)
    dWx = x.T @ da                          # (D, H)
    dWh = next_h.T @ da                     # next_h, not prev_h
    db = da.sum(axis=0)                     # (H,)
    return dx, dprev_h, dWx, dWh, db
