import numpy as np


def unbroadcast(grad, shape):
    extra = grad.ndim - len(shape)
    return grad.sum(axis=tuple(range(extra)))       # only the leading axes broadcasting added
