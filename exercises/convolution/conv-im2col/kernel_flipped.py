import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    HH, WW = w.shape[2:]
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(x_pad, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    flipped = w[:, :, ::-1, ::-1]           # a true convolution
    out = np.einsum("ncijae,fcae->nfij", windows, flipped, optimize=True) + b[None, :, None, None]
    return out, (x, w, b, conv_param)
