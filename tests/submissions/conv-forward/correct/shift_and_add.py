import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    # one term of the sum per kernel offset (a, e), over all images, filters and positions
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = 1 + (H + 2 * pad - HH) // stride
    Wo = 1 + (W + 2 * pad - WW) // stride
    xp = np.zeros((N, C, H + 2 * pad, W + 2 * pad))
    xp[:, :, pad:H + pad, pad:W + pad] = x
    out = np.zeros((N, F, Ho, Wo)) + b[None, :, None, None]
    for a in range(HH):
        for e in range(WW):
            shifted = xp[:, :, a:a + stride * (Ho - 1) + 1:stride, e:e + stride * (Wo - 1) + 1:stride]
            out += np.tensordot(shifted, w[:, :, a, e], axes=([1], [1])).transpose(0, 3, 1, 2)
    return out, (x, w, b, conv_param)
