"""Mistake overwrites-overlapping-windows, as an override of the reference:
max_pool_backward_naive differs."""


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, stride = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H_out, W_out = dout.shape
    dx = np.zeros(x.shape)
    for n in range(N):
        for c in range(C):
            for i in range(H_out):
                for j in range(W_out):
                    window = x[n, c, i * stride:i * stride + ph, j * stride:j * stride + pw]
                    mask = window == window.max()
                    # '=': the whole window is written, erasing what overlapping windows put there
                    dx[n, c, i * stride:i * stride + ph, j * stride:j * stride + pw] = mask * dout[n, c, i, j]
    return dx
