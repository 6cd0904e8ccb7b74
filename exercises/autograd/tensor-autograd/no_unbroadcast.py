"""Mistake no-unbroadcast, as an override of the reference: gradients keep the broadcast shape,
added in place (`grad +=` then fails with NumPy's non-broadcastable output operand)."""


def unbroadcast(grad, shape):
    """Sum grad (the broadcast shape) down to `shape`, the operand's own shape."""
    ones = tuple(k for k, n in enumerate(shape) if n == 1)
    return grad                                                 # the mistake: the broadcast shape is kept
