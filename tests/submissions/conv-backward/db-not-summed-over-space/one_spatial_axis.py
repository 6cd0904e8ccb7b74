import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = dout.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::s, ::s]
    dw = np.einsum("nfij,ncijab->fcab", dout, win)
    dxp = np.zeros(xp.shape)
    for i in range(Ho):
        for j in range(Wo):
            dxp[:, :, i * s:i * s + HH, j * s:j * s + WW] += np.einsum("nf,fcab->ncab", dout[:, :, i, j], w)
    db = np.sum(np.sum(dout, axis=0), axis=1)          # over n and the rows i only
    return dxp[:, :, p:p + H, p:p + W], dw, db
