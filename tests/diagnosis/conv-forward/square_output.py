# kind: unlisted
# expect: generic:public-only
# why: assumes square images and filters: the output width is taken to be the output height (computed from H and HH only); every public example happens to have H' = W', every hidden case has H' != W'
import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, C, HH, WW = w.shape
    size = 1 + (H + 2 * pad - HH) // stride     # output is size x size
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, size, size))
    for n in range(N):
        for f in range(F):
            for i in range(size):
                for j in range(size):
                    window = x_pad[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    return out, (x, w, b, conv_param)
