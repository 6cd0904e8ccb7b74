# kind: combined
# expect: gradient-to-whole-window, overwrites-overlapping-windows
# why: backward gives each window entry an equal share dout/(ph*pw) (the average-pool gradient) instead of routing all of dout to the maximum, and assigns it with '=' so a later overlapping window erases an earlier one's share
import numpy as np


def max_pool_forward_naive(x, pool_param):
    ph, pw, stride = pool_param['pool_height'], pool_param['pool_width'], pool_param['stride']
    N, C, H, W = x.shape
    H2 = 1 + (H - ph) // stride
    W2 = 1 + (W - pw) // stride
    out = np.empty((N, C, H2, W2))
    for i in range(H2):
        for j in range(W2):
            block = x[:, :, i*stride:i*stride+ph, j*stride:j*stride+pw]
            out[:, :, i, j] = block.reshape(N, C, -1).max(axis=2)
    return out, (x, pool_param)


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, stride = pool_param['pool_height'], pool_param['pool_width'], pool_param['stride']
    N, C, H2, W2 = dout.shape
    dx = np.zeros(x.shape)
    share = 1.0 / (ph * pw)
    for i in range(H2):
        for j in range(W2):
            # spread the upstream gradient evenly over the block
            dx[:, :, i*stride:i*stride+ph, j*stride:j*stride+pw] = dout[:, :, i, j][:, :, None, None] * share
    return dx
