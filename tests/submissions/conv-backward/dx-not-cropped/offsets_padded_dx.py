import numpy as np


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    Ho, Wo = dout.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dx = np.zeros(xp.shape)
    dw = np.zeros(w.shape)
    for a in range(HH):
        for e in range(WW):
            rows = slice(a, a + stride * (Ho - 1) + 1, stride)
            cols = slice(e, e + stride * (Wo - 1) + 1, stride)
            dw[:, :, a, e] = np.tensordot(dout, xp[:, :, rows, cols], axes=([0, 2, 3], [0, 2, 3]))
            dx[:, :, rows, cols] += np.tensordot(dout, w[:, :, a, e], axes=([1], [0])).transpose(0, 3, 1, 2)
    return dx, dw, dout.sum(axis=(0, 2, 3))
