import numpy as np


def affine_forward(x, w, b):
    """out = x (flattened to (N, D)) @ w + b, shape (N, M); cache = (x, w, b)."""
    raise NotImplementedError("affine_forward")


def affine_backward(dout, cache):
    """Given dout (N, M) and cache (x, w, b), return (dx, dw, db) shaped like x, w and b."""
    raise NotImplementedError("affine_backward")
