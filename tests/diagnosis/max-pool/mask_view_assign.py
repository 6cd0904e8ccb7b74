# kind: harmless
# expect: overwrites-overlapping-windows
# why: the max entry is found with a boolean mask (no ties, so the same single entry as argmax) and written through a view of dx, but with '=' instead of '+=', so an entry that is the max of several overlapping windows keeps only the last one's gradient; the per-(n, c) forward loop is equivalent
import numpy as np


def max_pool_forward_naive(x, pool_param):
    ph = pool_param["pool_height"]
    pw = pool_param["pool_width"]
    stride = pool_param["stride"]
    N, C, H, W = x.shape
    out_h = 1 + (H - ph) // stride
    out_w = 1 + (W - pw) // stride
    out = np.zeros((N, C, out_h, out_w))
    for n in range(N):
        for c in range(C):
            channel = x[n, c]
            for i in range(out_h):
                for j in range(out_w):
                    r0, c0 = i * stride, j * stride
                    out[n, c, i, j] = channel[r0:r0 + ph, c0:c0 + pw].max()
    return out, (x, pool_param)


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph = pool_param["pool_height"]
    pw = pool_param["pool_width"]
    stride = pool_param["stride"]
    N, C, out_h, out_w = dout.shape
    dx = np.zeros(x.shape)
    for n in range(N):
        for c in range(C):
            for i in range(out_h):
                for j in range(out_w):
                    r0, c0 = i * stride, j * stride
                    window = x[n, c, r0:r0 + ph, c0:c0 + pw]
                    mask = window == window.max()            # True only at the max
                    dx_window = dx[n, c, r0:r0 + ph, c0:c0 + pw]   # a view into dx
                    dx_window[mask] = dout[n, c, i, j]
    return dx
