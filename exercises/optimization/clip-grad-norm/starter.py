import numpy as np


def clip_by_global_norm(grads, max_norm):
    """Clip a list of gradients by their global norm.

    grads: a list of float arrays of any shapes (the gradients of every parameter).
    max_norm: a positive float.
    total_norm = sqrt(sum of the squares of every entry of every array), a float.
    If total_norm > max_norm, every array is multiplied by max_norm / total_norm;
    otherwise every array is returned unchanged.
    Returns (clipped, total_norm): clipped is a list of arrays with the shapes of grads.
    Do not modify grads or its arrays in place.
    """
    raise NotImplementedError("clip_by_global_norm")
