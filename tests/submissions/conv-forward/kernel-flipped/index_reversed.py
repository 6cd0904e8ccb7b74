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
                    total = b[f]
                    for a in range(HH):
                        for e in range(WW):
                            # textbook convolution: the kernel index runs backwards
                            total += np.dot(xp[n, :, i * s + a, j * s + e], w[f, :, HH - 1 - a, WW - 1 - e])
                    out[n, f, i, j] = total
    return out, (x, w, b, conv_param)
