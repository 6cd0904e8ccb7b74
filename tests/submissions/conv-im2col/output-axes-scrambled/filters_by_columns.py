import numpy as np


def conv_forward_fast(x, w, b, conv_param):
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = (H + 2 * p - HH) // s + 1, (W + 2 * p - WW) // s + 1
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    cols = np.empty((C * HH * WW, N * Ho * Wo))
    r = 0
    for c in range(C):
        for a in range(HH):
            for e in range(WW):
                cols[r] = xp[:, c, a:a + s * Ho:s, e:e + s * Wo:s].reshape(-1)
                r += 1
    res = w.reshape(F, -1) @ cols + b[:, None]                  # (F, N*Ho*Wo)
    out = np.reshape(res, (N, F, Ho, Wo))
    return out, (x, w, b, conv_param)
