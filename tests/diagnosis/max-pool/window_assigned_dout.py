# kind: combined
# expect: gradient-to-whole-window, overwrites-overlapping-windows
# why: the backward pass writes dout into every entry of the window (not only the argmax) and with '=', so overlapping windows overwrite each other
import numpy as np


def max_pool_forward_naive(x, pool_param):
    ph = pool_param["pool_height"]
    pw = pool_param["pool_width"]
    s = pool_param["stride"]
    N, C, H, W = x.shape
    Ho = (H - ph) // s + 1
    Wo = (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    out[n, c, i, j] = np.max(x[n, c, i * s:i * s + ph, j * s:j * s + pw])
    cache = (x, pool_param)
    return out, cache


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph = pool_param["pool_height"]
    pw = pool_param["pool_width"]
    s = pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    # the window's gradient goes back to the window
                    dx[n, c, i * s:i * s + ph, j * s:j * s + pw] = dout[n, c, i, j]
    return dx
