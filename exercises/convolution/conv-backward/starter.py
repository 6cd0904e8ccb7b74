import numpy as np


def conv_backward_naive(dout, cache):
    """The backward pass of a convolutional layer, with loops.

    dout: (N, F, H', W'), the gradient of the loss with respect to the forward output.
    cache: (x, w, b, conv_param), exactly as conv_forward_naive returned it;
    conv_param = {"stride": s, "pad": p}.

    Returns (dx, dw, db), shaped like x (N, C, H, W), w (F, C, HH, WW) and b (F,).
    """
    raise NotImplementedError("conv_backward_naive")
