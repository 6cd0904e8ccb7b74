# Mistake: padding-ignored. The reference, with the output sized and the windows taken without the padding.
import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H - HH) // stride          # the mistake: no 2 * pad
    W_out = 1 + (W - WW) // stride          # the mistake: no 2 * pad

    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))

    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    top, left = i * stride, j * stride
                    window = x[n, :, top:top + HH, left:left + WW]   # the mistake: x, not x_pad
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    return out, (x, w, b, conv_param)
