# kind: combined
# expect: kernel-flipped, window-not-strided
# why: flips the kernel (a textbook convolution, w[f, c, HH-1-a, WW-1-e]) and reads the window at row i, column j instead of i*stride, j*stride
import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    stride = conv_param['stride']
    pad = conv_param['pad']
    N, C, H, W = x.shape
    F, C, HH, WW = w.shape
    Hn = (H + 2 * pad - HH) // stride + 1
    Wn = (W + 2 * pad - WW) // stride + 1

    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode='constant')
    out = np.zeros((N, F, Hn, Wn))

    for n in range(N):
        for f in range(F):
            for i in range(Hn):
                for j in range(Wn):
                    s = 0.0
                    for c in range(C):
                        for a in range(HH):
                            for e in range(WW):
                                # convolution: the kernel index runs backwards
                                s += xp[n, c, i + a, j + e] * w[f, c, HH - 1 - a, WW - 1 - e]
                    out[n, f, i, j] = s + b[f]

    cache = (x, w, b, conv_param)
    return out, cache
