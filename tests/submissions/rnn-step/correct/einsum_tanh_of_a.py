import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    a = np.einsum("nd,dh->nh", x, Wx) + np.einsum("nk,kh->nh", prev_h, Wh) + b[None, :]
    return np.tanh(a), (x, prev_h, Wx, Wh, a)


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, a = cache
    da = dnext_h * (1 - np.tanh(a) ** 2)          # 1 - tanh(a)^2, evaluated at the pre-activation
    dx = np.einsum("nh,dh->nd", da, Wx)
    dprev_h = np.einsum("nh,kh->nk", da, Wh)
    dWx = np.einsum("nd,nh->dh", x, da)
    dWh = np.einsum("nk,nh->kh", prev_h, da)
    return dx, dprev_h, dWx, dWh, np.einsum("nh->h", da)
