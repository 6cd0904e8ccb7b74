import numpy as np


def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    # rows ordered (a, e, c), one kernel offset at a time ...
    rows = []
    for a in range(HH):
        for e in range(WW):
            patch = x_pad[:, :, a:a + stride * H_out:stride, e:e + stride * W_out:stride]
            rows.append(patch.transpose(1, 0, 2, 3).reshape(C, -1))
    cols = np.concatenate(rows, axis=0)                   # (HH * WW * C, N * H' * W')
    # ... but the filters flattened in (c, a, e) order
    out = w.reshape(F, -1) @ cols + b[:, None]
    return out.reshape(F, N, H_out, W_out).transpose(1, 0, 2, 3), (x, w, b, conv_param)
