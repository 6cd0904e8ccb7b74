# kind: unlisted
# expect: generic:float32-precision
# why: the forward output is stored in float32 ("pooling does not need double precision"); each max is rounded to ~7 digits, so out is right only to float32 precision (and its finite differences are noise); the backward is correct
import numpy as np


def max_pool_forward_naive(x, pool_param):
    ph, pw, stride = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    H_out = 1 + (H - ph) // stride
    W_out = 1 + (W - pw) // stride
    out = np.zeros((N, C, H_out, W_out), dtype=np.float32)
    for i in range(H_out):
        for j in range(W_out):
            out[:, :, i, j] = np.amax(x[:, :, i * stride:i * stride + ph, j * stride:j * stride + pw], axis=(2, 3))
    return out, (x, pool_param)


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, stride = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H_out, W_out = dout.shape
    dx = np.zeros(x.shape)
    for n in range(N):
        for c in range(C):
            for i in range(H_out):
                for j in range(W_out):
                    w = x[n, c, i * stride:i * stride + ph, j * stride:j * stride + pw]
                    k = np.argmax(w)
                    a, e = np.unravel_index(k, w.shape)
                    dx[n, c, i * stride + a, j * stride + e] += dout[n, c, i, j]
    return dx
