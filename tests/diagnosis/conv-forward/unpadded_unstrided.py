# kind: combined
# expect: padding-ignored, window-not-strided
# why: never pads x (pad is not even read, so the output is sized as for pad 0), and the window at output (i, j) starts at (i, j) instead of (i*stride, j*stride)
import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    s = conv_param["stride"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    out_h = 1 + (H - HH) // s
    out_w = 1 + (W - WW) // s
    out = np.zeros((N, F, out_h, out_w))
    for n in range(N):
        img = x[n]
        for f in range(F):
            for r in range(out_h):
                for q in range(out_w):
                    patch = img[:, r:r + HH, q:q + WW]
                    out[n, f, r, q] = (patch * w[f]).sum() + b[f]
    return out, (x, w, b, conv_param)
