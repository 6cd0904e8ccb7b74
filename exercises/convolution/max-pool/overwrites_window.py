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
                    top, left = i * stride, j * stride
                    window = x[n, c, top:top + ph, left:left + pw]
                    a, e = np.unravel_index(np.argmax(window), window.shape)
                    # '=': the whole window is written (mask of its maxima times the gradient),
                    # erasing what overlapping windows put there (a, e unused)
                    dx[n, c, top:top + ph, left:left + pw] = dout[n, c, i, j] * (window == window.max())
    return dx
