# Mistake: kernel-flipped. The reference, with each filter flipped on both spatial axes (a true convolution).
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))

    windows = sliding_window_view(x_pad, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]

    cols = windows.transpose(1, 4, 5, 0, 2, 3).reshape(C * HH * WW, N * H_out * W_out)

    out = w[:, :, ::-1, ::-1].reshape(F, C * HH * WW) @ cols + b[:, None]   # the mistake: w flipped
    out = out.reshape(F, N, H_out, W_out).transpose(1, 0, 2, 3)
    return out, (x, w, b, conv_param)
