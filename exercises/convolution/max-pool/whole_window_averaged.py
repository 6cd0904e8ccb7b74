"""Mistake gradient-to-whole-window, as an override of the reference: max_pool_backward_naive differs."""


def max_pool_backward_naive(dout, cache):
    x, pool_param = cache
    ph, pw, stride = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H_out, W_out = dout.shape
    dx = np.zeros(x.shape)
    for i in range(H_out):
        for j in range(W_out):
            # the gradient of an AVERAGE pool: shared equally by the window
            share = dout[:, :, i, j][:, :, None, None] / (ph * pw)
            dx[:, :, i * stride:i * stride + ph, j * stride:j * stride + pw] += share
    return dx
