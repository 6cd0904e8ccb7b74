"""Mistake no-unbroadcast, as an override of the reference: only the leading axes are summed, not
the stretched size-1 axes; gradients added in place."""


def unbroadcast(grad, shape):
    extra = grad.ndim - len(shape)
    if extra > 0:
        grad = grad.sum(axis=tuple(range(extra)))               # only the leading axes
    return grad
