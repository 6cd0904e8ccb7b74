import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def max_pool_forward_naive(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    return sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s].max(axis=(-2, -1)), (x, pool_param)


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    dx = np.zeros(x.shape)
    share = dout / (ph * pw)
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            dx[..., i * s:i * s + ph, j * s:j * s + pw] += share[..., i, j][..., None, None]
    return dx
