import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    stride = conv_param["stride"]
    pad = conv_param["pad"]
    N, C, H, W = x.shape
    F, C, HH, WW = w.shape
    H_out = (H + 2 * pad - HH) // stride + 1
    W_out = (W + 2 * pad - WW) // stride + 1
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    patch = x[n, :, stride * i:stride * i + HH, stride * j:stride * j + WW]
                    out[n, f, i, j] = (patch * w[f]).sum() + b[f]
    return out, (x, w, b, conv_param)
