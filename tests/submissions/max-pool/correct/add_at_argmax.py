import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def max_pool_forward_naive(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    win = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s].reshape(N, C, Ho, Wo, ph * pw)
    return win.max(axis=-1), (x, pool_param)


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = dout.shape[2:]
    win = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s].reshape(N, C, Ho, Wo, ph * pw)
    k = win.argmax(axis=-1)
    rows = np.arange(Ho)[None, None, :, None] * s + k // pw
    cols = np.arange(Wo)[None, None, None, :] * s + k % pw
    n = np.arange(N)[:, None, None, None]
    c = np.arange(C)[None, :, None, None]
    dx = np.zeros((N, C, H, W))
    np.add.at(dx, (n, c, rows, cols), dout)       # repeated indices add up
    return dx
