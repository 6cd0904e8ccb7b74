import numpy as np


def unbroadcast(grad, shape):
    extra = grad.ndim - len(shape)
    padded = (1,) * extra + tuple(shape)
    axes = tuple(i for i, (g, s) in enumerate(zip(grad.shape, padded)) if i < extra or (s == 1 and g != 1))
    return np.sum(grad, axis=axes)
