# expect: saturated far past tanh's range
# tanh(a) = 2·sigmoid(2a) − 1 with the sigmoid written 1 / (1 + exp(−2a)), computed under
# np.errstate(all="ignore") so no warning shows: right until −2a passes 709, where exp
# overflows to inf, and then 1 / inf = 0 gives −1 ... but exp(−2a) for a very negative
# a is inf, and the derivative taken as 4·e/(1 + e)² is inf/inf = NaN.
import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    a = x @ Wx + prev_h @ Wh + b
    with np.errstate(all="ignore"):
        e = np.exp(-2.0 * a)
        next_h = 2.0 / (1.0 + e) - 1.0
    return next_h, (x, prev_h, Wx, Wh, e)


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, e = cache
    with np.errstate(all="ignore"):
        da = dnext_h * 4.0 * e / (1.0 + e) ** 2
    return da @ Wx.T, da @ Wh.T, x.T @ da, prev_h.T @ da, da.sum(axis=0)
