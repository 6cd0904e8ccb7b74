# Mistake: dx-missing-overlaps. The reference, with '=' instead of '+=' for dx: each window
# overwrites what earlier windows (and filters) put there.
import numpy as np


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, H_out, W_out = dout.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))

    # b[f] was added at every position of every image: its gradient sums all of them
    db = dout.sum(axis=(0, 2, 3))
    dw = np.zeros(w.shape)
    dx_pad = np.zeros(x_pad.shape)
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    top, left = i * stride, j * stride
                    g = dout[n, f, i, j]
                    # out[n, f, i, j] = sum(window * w[f]) + b[f]: each factor's gradient is
                    # the other factor times g, ADDED to what other windows already gave
                    dw[f] += x_pad[n, :, top:top + HH, left:left + WW] * g
                    dx_pad[n, :, top:top + HH, left:left + WW] = w[f] * g
    dx = dx_pad[:, :, pad:pad + H, pad:pad + W]    # the padding is not part of x
    return dx, dw, db
