# Sums one extra leading axis with an `if` where a `while` belongs: right whenever grad has at
# most one axis more than the target, which every group but 'to a scalar' (1 to 3 extra axes,
# drawn per case) had, so it passed the seeds where both scalar cases came from a vector.
# expect: out must have the shape of x
import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)
    if grad.ndim > len(shape):              # an `if` where a `while` belongs
        grad = grad.sum(axis=0)
    for i, size in enumerate(shape):
        if size == 1 and grad.shape[i] != 1:
            grad = grad.sum(axis=i, keepdims=True)
    return grad
