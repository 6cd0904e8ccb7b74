import numpy as np


def max_pool_forward_naive(x, pool_param):
    ph = pool_param["pool_height"]
    pw = pool_param["pool_width"]
    s = pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.empty((N, C, Ho, Wo))
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    best = -np.inf
                    for a in range(ph):
                        for e in range(pw):
                            best = max(best, x[n, c, i * s + a, j * s + e])
                    out[n, c, i, j] = best
    return out, (x, pool_param)


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x, dtype=float)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    best, where = -np.inf, None
                    for a in range(ph):
                        for e in range(pw):
                            if x[n, c, i * s + a, j * s + e] > best:
                                best, where = x[n, c, i * s + a, j * s + e], (i * s + a, j * s + e)
                    dx[n, c, where[0], where[1]] += dout[n, c, i, j]
    return dx
