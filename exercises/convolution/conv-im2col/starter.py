import numpy as np


def conv_forward_fast(x, w, b, conv_param):
    """The forward pass of a convolutional layer, vectorized (im2col and one matrix product).

    Same contract as conv_forward_naive: x (N, C, H, W), w (F, C, HH, WW), b (F,),
    conv_param {"stride": s, "pad": p}. Returns (out, cache) with out of shape
    (N, F, H', W'), H' = 1 + (H + 2p - HH) // s, W' = 1 + (W + 2p - WW) // s;
    the cache may hold whatever you like (e.g. (x, w, b, conv_param, cols)).
    """
    raise NotImplementedError("conv_forward_fast")
