import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv_backward_naive(dout, cache):
    # im2col in reverse: the patch gradients are scattered back with np.add.at, which
    # adds (rather than overwrites) where patches overlap
    x, w, b, conv_param = cache
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = dout.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::s, ::s]     # (N, C, Ho, Wo, HH, WW)
    dw = np.tensordot(dout, win, axes=([0, 2, 3], [0, 2, 3]))                # (F, C, HH, WW)
    dpatch = np.tensordot(dout, w, axes=([1], [0]))                          # (N, Ho, Wo, C, HH, WW)
    rows = (np.arange(Ho) * s)[:, None] + np.arange(HH)[None, :]             # (Ho, HH)
    cols = (np.arange(Wo) * s)[:, None] + np.arange(WW)[None, :]             # (Wo, WW)
    r = rows[:, None, :, None]                                               # (Ho, 1, HH, 1)
    q = cols[None, :, None, :]                                               # (1, Wo, 1, WW)
    dxp = np.zeros((N, C) + xp.shape[2:])
    moved = dpatch.transpose(0, 3, 1, 2, 4, 5)                               # (N, C, Ho, Wo, HH, WW)
    np.add.at(dxp, (slice(None), slice(None), r, q), moved)
    return dxp[:, :, p:p + H, p:p + W], dw, dout.sum(axis=(0, 2, 3))
