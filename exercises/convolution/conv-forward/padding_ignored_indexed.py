import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    # the output size counts the padding, but x is indexed as if it were padded: the
    # indices run past the edge of x (an IndexError)
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    total = b[f]
                    for c in range(C):
                        for a in range(HH):
                            for e in range(WW):
                                total += x[n, c, i * stride + a, j * stride + e] * w[f, c, a, e]
                    out[n, f, i, j] = total
    return out, (x, w, b, conv_param)
