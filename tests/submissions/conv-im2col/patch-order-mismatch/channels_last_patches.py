import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv_forward_fast(x, w, b, conv_param):
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::s, ::s]
    Ho, Wo = win.shape[2:4]
    # patches flattened as (HH, WW, C), "channels last" ...
    cols = win.transpose(4, 5, 1, 0, 2, 3).reshape(HH * WW * C, N * Ho * Wo)
    # ... against filters flattened as (C, HH, WW)
    res = np.dot(w.reshape(F, -1), cols) + b[:, None]
    return res.reshape(F, N, Ho, Wo).transpose(1, 0, 2, 3), None
