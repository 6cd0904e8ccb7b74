import numpy as np


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = dout.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    for c in range(C):
                        dw[f, c] += xp[n, c, i * s:i * s + HH, j * s:j * s + WW] * dout[n, f, i, j]
                        dxp[n, c, i * s:i * s + HH, j * s:j * s + WW] = w[f, c] * dout[n, f, i, j]
    return dxp[:, :, p:H + p, p:W + p], dw, dout.sum(axis=(0, 2, 3))
