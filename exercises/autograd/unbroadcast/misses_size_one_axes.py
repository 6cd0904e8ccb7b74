# Mistake: misses-size-one-axes. The reference summing only the leading axes that broadcasting added.
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    out = grad.sum(axis=tuple(range(grad.ndim - len(shape))))
    ones = tuple(i for i, size in enumerate(shape) if size == 1)
    return out                          # the mistake: the stretched size-1 axes are not summed
