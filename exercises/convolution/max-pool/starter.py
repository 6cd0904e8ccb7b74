import numpy as np


def max_pool_forward_naive(x, pool_param):
    """Max pooling, forward, with loops.

    x: (N, C, H, W); pool_param: {"pool_height": ph, "pool_width": pw, "stride": s}.
    Returns (out, cache): out of shape (N, C, H', W'), H' = 1 + (H - ph) // s,
    W' = 1 + (W - pw) // s, each entry the maximum of its window; cache = (x, pool_param).
    """
    raise NotImplementedError("max_pool_forward_naive")


def max_pool_backward_naive(dout, cache):
    """Max pooling, backward: dout (N, C, H', W') and cache (x, pool_param) -> dx shaped like x."""
    raise NotImplementedError("max_pool_backward_naive")
