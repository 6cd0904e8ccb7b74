import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv_forward_fast(x, w, b, conv_param):
    # one ROW per output position, one column per filter: the transpose of im2col
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::s, ::s]     # (N, C, Ho, Wo, HH, WW)
    Ho, Wo = win.shape[2], win.shape[3]
    rows = win.transpose(0, 2, 3, 1, 4, 5).reshape(N * Ho * Wo, C * HH * WW)
    out = rows @ w.reshape(F, C * HH * WW).T + b                              # (N*Ho*Wo, F)
    return out.reshape(N, Ho, Wo, F).transpose(0, 3, 1, 2), {"x": x, "rows": rows}
