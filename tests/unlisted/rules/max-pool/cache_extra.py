# expect: the cache is (x, pool_param)
# cache is (x, pool_param, argmax positions) instead of (x, pool_param)
import numpy as np


def max_pool_forward_naive(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = 1 + (H - ph) // s, 1 + (W - pw) // s
    out = np.empty((N, C, Ho, Wo))
    pos = {}
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    win = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    a, e = np.unravel_index(np.argmax(win), win.shape)
                    out[n, c, i, j] = win[a, e]
                    pos[n, c, i, j] = (i * s + a, j * s + e)
    return out, (x, pool_param, pos)


def max_pool_backward_naive(dout, cache):
    x, pool_param, pos = cache
    dx = np.zeros(x.shape)
    for (n, c, i, j), (r, q) in pos.items():
        dx[n, c, r, q] += dout[n, c, i, j]
    return dx
