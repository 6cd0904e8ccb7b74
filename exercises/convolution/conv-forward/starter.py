import numpy as np


def conv_forward_naive(x, w, b, conv_param):
    """The forward pass of a convolutional layer (a cross-correlation), with loops.

    x: (N, C, H, W) inputs; w: (F, C, HH, WW) filters; b: (F,) biases;
    conv_param: {"stride": s, "pad": p}, p zeros added on each side of H and W.

    Returns (out, cache): out of shape (N, F, H', W') with
        H' = 1 + (H + 2p - HH) // s,   W' = 1 + (W + 2p - WW) // s,
        out[n, f, i, j] = sum(x_pad[n, :, i*s : i*s+HH, j*s : j*s+WW] * w[f]) + b[f],
    and cache = (x, w, b, conv_param), the arguments as given.
    """
    raise NotImplementedError("conv_forward_naive")
