import numpy as np


def unbroadcast(grad, shape):
    extra = grad.ndim - len(shape)
    out = grad.sum(axis=tuple(range(len(shape), grad.ndim)))     # drops the trailing axes
    stretched = tuple(i for i, size in enumerate(shape) if size == 1 and out.shape[i] != 1)
    return out.sum(axis=stretched, keepdims=True)
