# kind: harmless
# expect: kernel-flipped
# why: flips both spatial axes of w before the dot product; the hand-built zero border, the tensordot over all filters at once and the explicit bias broadcast are all equivalent to the reference
import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride

    # zero border built by hand
    x_pad = np.zeros((N, C, H + 2 * pad, W + 2 * pad))
    x_pad[:, :, pad:pad + H, pad:pad + W] = x

    # a convolution flips its kernel
    kernel = np.flip(w, axis=(2, 3))

    out = np.empty((N, F, H_out, W_out))
    for n in range(N):
        for i in range(H_out):
            for j in range(W_out):
                r, c = i * stride, j * stride
                window = x_pad[n, :, r:r + HH, c:c + WW]          # (C, HH, WW)
                # all F filters at once: contract over C, HH, WW
                out[n, :, i, j] = np.tensordot(kernel, window, axes=([1, 2, 3], [0, 1, 2])) + b
    return out, (x, w, b, conv_param)
