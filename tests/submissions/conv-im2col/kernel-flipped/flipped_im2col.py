import numpy as np


def conv_forward_fast(x, w, b, conv_param):
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * p - HH) // s + 1
    Wo = (W + 2 * p - WW) // s + 1
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    cols = np.empty((C, HH, WW, N, Ho, Wo))
    for a in range(HH):
        for e in range(WW):
            cols[:, a, e] = xp[:, :, a:a + s * Ho:s, e:e + s * Wo:s].transpose(1, 0, 2, 3)
    kernel = np.flip(w, axis=(2, 3))
    res = kernel.reshape(F, -1) @ cols.reshape(C * HH * WW, -1) + b[:, None]
    return res.reshape(F, N, Ho, Wo).transpose(1, 0, 2, 3), None
