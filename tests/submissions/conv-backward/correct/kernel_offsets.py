import numpy as np


def conv_backward_naive(dout, cache):
    # vectorized over images, filters and positions; one loop step per kernel offset (a, e)
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = dout.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros(xp.shape)
    dw = np.empty(w.shape)
    for a in range(HH):
        for e in range(WW):
            rows = slice(a, a + stride * (Ho - 1) + 1, stride)
            cols = slice(e, e + stride * (Wo - 1) + 1, stride)
            # every position (i, j) read x_pad[:, :, i*s + a, j*s + e] with weight w[:, :, a, e]
            dw[:, :, a, e] = np.einsum("nfij,ncij->fc", dout, xp[:, :, rows, cols])
            dxp[:, :, rows, cols] += np.einsum("nfij,fc->ncij", dout, w[:, :, a, e])
    db = np.einsum("nfij->f", dout)
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
