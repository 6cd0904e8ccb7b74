# kind: combined
# expect: tanh-derivative-of-input, wh-not-transposed
# why: caches the pre-activation and uses 1 - a**2 as tanh's derivative, and sends da back through Wh instead of Wh.T
import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    a = np.dot(x, Wx) + np.dot(prev_h, Wh) + b
    next_h = np.tanh(a)
    cache = {"x": x, "prev_h": prev_h, "Wx": Wx, "Wh": Wh, "a": a}
    return next_h, cache


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, a = cache["x"], cache["prev_h"], cache["Wx"], cache["Wh"], cache["a"]
    da = dnext_h * (1 - a ** 2)          # d/da tanh
    dx = np.dot(da, Wx.T)
    dprev_h = np.dot(da, Wh)
    dWx = np.dot(x.T, da)
    dWh = np.dot(prev_h.T, da)
    db = np.sum(da, axis=0)
    return dx, dprev_h, dWx, dWh, db
