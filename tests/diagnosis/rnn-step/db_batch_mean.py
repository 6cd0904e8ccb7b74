# kind: unlisted
# expect: generic:constant-factor
# why: averages da over the batch for db (da.mean(axis=0)) instead of summing, so db is 1/N of the right value; every other gradient is right
import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    pre = x @ Wx + prev_h @ Wh + b
    out = np.tanh(pre)
    return out, (x, prev_h, Wx, Wh, out)


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, out = cache
    dpre = (1 - out ** 2) * dnext_h
    dx = dpre @ Wx.T
    dprev_h = dpre @ Wh.T
    dWx = x.T @ dpre
    dWh = prev_h.T @ dpre
    db = dpre.mean(axis=0)     # average over the batch
    return dx, dprev_h, dWx, dWh, db
