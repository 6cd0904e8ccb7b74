import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    Ho, Wo = (H + 2 * p - HH) // s + 1, (W + 2 * p - WW) // s + 1
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    v = b[f]
                    for c in range(C):
                        for a in range(HH):
                            for e in range(WW):
                                v += xp[n, c, i + a, j + e] * w[f, c, a, e]
                    out[n, f, i, j] = v
    return out, (x, w, b, conv_param)
