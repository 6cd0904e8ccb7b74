import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv_forward_naive(x, w, b, conv_param):
    s = conv_param["stride"]
    win = sliding_window_view(x, w.shape[2:], axis=(2, 3))[:, :, ::s, ::s]
    out = np.einsum("ncijab,fcab->nfij", win, w) + b[:, None, None]
    return out, (x, w, b, conv_param)
