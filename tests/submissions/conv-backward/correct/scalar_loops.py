import numpy as np


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = dout.shape[2], dout.shape[3]
    xp = np.zeros((N, C, H + 2 * p, W + 2 * p))
    xp[:, :, p:p + H, p:p + W] = x
    dxp = np.zeros_like(xp)
    dw = np.zeros((F, C, HH, WW))
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    g = dout[n, f, i, j]
                    db[f] += g
                    for c in range(C):
                        for a in range(HH):
                            for e in range(WW):
                                dw[f, c, a, e] += xp[n, c, i * s + a, j * s + e] * g
                                dxp[n, c, i * s + a, j * s + e] += w[f, c, a, e] * g
    return dxp[:, :, p:p + H, p:p + W], dw, db
