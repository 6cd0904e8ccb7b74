# kind: harmless
# expect: wh-not-transposed
# why: dprev_h = da @ Wh (should be Wh.T); the einsum products, np.square and the extra local a kept in the cache are equivalent rewrites
import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    a = np.einsum("nd,dh->nh", x, Wx) + np.einsum("nk,kh->nh", prev_h, Wh) + b[None, :]
    next_h = np.tanh(a)
    cache = (x, prev_h, Wx, Wh, a, next_h)
    return next_h, cache


def rnn_step_backward(dnext_h, cache):
    x, prev_h, Wx, Wh, a, next_h = cache
    local_grad = 1.0 - np.square(next_h)
    da = dnext_h * local_grad
    dx = np.einsum("nh,dh->nd", da, Wx)
    dprev_h = np.einsum("nh,hk->nk", da, Wh)
    dWx = np.einsum("nd,nh->dh", x, da)
    dWh = np.einsum("nk,nh->kh", prev_h, da)
    db = np.einsum("nh->h", da)
    return dx, dprev_h, dWx, dWh, db
