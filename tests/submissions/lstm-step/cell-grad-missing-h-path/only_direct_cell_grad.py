import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))


def lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b):
    H = prev_h.shape[1]
    a = np.einsum("nd,dk->nk", x, Wx) + np.einsum("nh,hk->nk", prev_h, Wh) + b
    i, f, o = (_sigmoid(a[:, k * H:(k + 1) * H]) for k in range(3))
    g = np.tanh(a[:, 3 * H:])
    next_c = f * prev_c + i * g
    next_h = o * np.tanh(next_c)
    return next_h, next_c, (x, prev_h, prev_c, Wx, Wh, i, f, o, g, np.tanh(next_c))


def lstm_step_backward(dnext_h, dnext_c, cache):
    x, prev_h, prev_c, Wx, Wh, i, f, o, g, tc = cache
    dc = dnext_c.copy()                           # only the gradient that arrives at next_c directly
    do = dnext_h * tc
    da = np.concatenate([dc * g * i * (1 - i), dc * prev_c * f * (1 - f), do * o * (1 - o),
                         dc * i * (1 - g ** 2)], axis=1)
    return (np.einsum("nk,dk->nd", da, Wx), np.einsum("nk,hk->nh", da, Wh), dc * f,
            np.einsum("nd,nk->dk", x, da), np.einsum("nh,nk->hk", prev_h, da), da.sum(axis=0))
