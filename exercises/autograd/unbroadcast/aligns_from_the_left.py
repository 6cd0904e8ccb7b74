# Mistake: aligns-from-the-left. The reference summing the trailing axes instead of the leading ones.
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    out = grad.sum(axis=tuple(range(len(shape), grad.ndim)))   # the mistake: the trailing axes
    ones = tuple(i for i, size in enumerate(shape) if size == 1)
    return out.sum(axis=ones, keepdims=True)
