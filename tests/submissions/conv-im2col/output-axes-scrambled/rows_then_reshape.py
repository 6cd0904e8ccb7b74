import numpy as np
from numpy.lib.stride_tricks import as_strided


def conv_forward_fast(x, w, b, conv_param):
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = 1 + (H + 2 * p - HH) // s, 1 + (W + 2 * p - WW) // s
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    sn, sc, sh, sw = xp.strides
    patches = as_strided(xp, (N, Ho, Wo, C, HH, WW), (sn, s * sh, s * sw, sc, sh, sw))
    rows = patches.reshape(N * Ho * Wo, -1)
    res = rows.dot(w.reshape(F, -1).T) + b                      # (N*Ho*Wo, F)
    return res.reshape(N, F, Ho, Wo), None
