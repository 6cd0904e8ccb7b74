import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    h = np.tanh(x @ Wx + prev_h @ Wh + b)
    return h, (x, prev_h, Wx, Wh, h)


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, h = cache
    da = dnext_h * (1 - h ** 2)
    dx = np.einsum("nh,dh->nd", da, Wx)
    dprev_h = np.einsum("nj,jk->nk", da, Wh)      # contracts Wh's first index
    return dx, dprev_h, np.einsum("nd,nh->dh", x, da), np.einsum("nk,nh->kh", prev_h, da), da.sum(0)
