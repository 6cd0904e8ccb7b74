"""Mistake no-unbroadcast, as an override of the reference: only the leading axes are summed, not
the stretched size-1 axes; gradients added in place."""


def unbroadcast(grad, shape):
    """Sum grad (the broadcast shape) down to `shape`, the operand's own shape."""
    grad = grad.sum(axis=tuple(range(grad.ndim - len(shape))))    # axes broadcasting added in front
    ones = tuple(k for k, n in enumerate(shape) if n == 1)
    return grad                                                 # the mistake: the stretched size-1 axes are not summed
