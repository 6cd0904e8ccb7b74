# Mistake: drops-size-one-axes. The reference summing the stretched size-1 axes away, not keeping them
# (an axis of size 1 in grad as well is left alone).
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    out = grad.sum(axis=tuple(range(grad.ndim - len(shape))))
    ones = tuple(i for i, size in enumerate(shape) if size == 1 and out.shape[i] != 1)
    return out.sum(axis=ones)           # the mistake: no keepdims
