# kind: unlisted
# expect: generic:missing-reshape
# why: both passes merge the batch and channel axes into one (N*C, H, W) stack to loop once; the forward reshapes out back to (N, C, H', W') but the backward returns dx still shaped (N*C, H, W)
import numpy as np


def max_pool_forward_naive(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Hp, Wp = 1 + (H - ph) // s, 1 + (W - pw) // s
    maps = x.reshape(N * C, H, W)
    out = np.zeros((N * C, Hp, Wp))
    for k in range(N * C):
        for i in range(Hp):
            for j in range(Wp):
                out[k, i, j] = maps[k, i*s:i*s+ph, j*s:j*s+pw].max()
    return out.reshape(N, C, Hp, Wp), (x, pool_param)


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Hp, Wp = dout.shape[2], dout.shape[3]
    maps = x.reshape(N * C, H, W)
    g = dout.reshape(N * C, Hp, Wp)
    dmaps = np.zeros((N * C, H, W))
    for k in range(N * C):
        for i in range(Hp):
            for j in range(Wp):
                win = maps[k, i*s:i*s+ph, j*s:j*s+pw]
                a, e = np.unravel_index(np.argmax(win), win.shape)
                dmaps[k, i*s + a, j*s + e] += g[k, i, j]
    return dmaps
