# The sentinel is -1e4 rather than -inf, and the argmax in the backward pass compares
# against the same sentinel: far below zero, every output is -1e4 and no gradient flows.
# expect: near -1e6
import numpy as np

SENTINEL = -1e4


def max_pool_forward_naive(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = 1 + (H - ph) // s, 1 + (W - pw) // s
    out = np.full((N, C, Ho, Wo), SENTINEL)
    for i in range(Ho):
        for j in range(Wo):
            for a in range(ph):
                for b in range(pw):
                    out[:, :, i, j] = np.maximum(out[:, :, i, j], x[:, :, i * s + a, j * s + b])
    return out, (x, pool_param)


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    out, _ = max_pool_forward_naive(x, pool_param)
    dx = np.zeros_like(x)
    N, C, Ho, Wo = dout.shape
    for i in range(Ho):
        for j in range(Wo):
            for a in range(ph):
                for b in range(pw):
                    hit = x[:, :, i * s + a, j * s + b] == out[:, :, i, j]
                    dx[:, :, i * s + a, j * s + b] += hit * dout[:, :, i, j]
    return dx
