import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    s = conv_param["stride"]
    p = conv_param["pad"]
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    Hp, Wp = H + 2 * p, W + 2 * p
    padded = np.zeros((N, C, Hp, Wp))
    padded[:, :, p:p + H, p:p + W] = x
    Ho = (Hp - KH) // s + 1
    Wo = (Wp - KW) // s + 1
    out = np.empty((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for r in range(Ho):
                for q in range(Wo):
                    acc = 0.0
                    for c in range(C):
                        for a in range(KH):
                            for e in range(KW):
                                acc += padded[n, c, r * s + a, q * s + e] * w[f, c, a, e]
                    out[n, f, r, q] = acc + b[f]
    return out, (x, w, b, conv_param)
