"""Mistake no-unbroadcast, as an override of the reference: gradients keep the broadcast shape,
added in place (`grad +=` then fails with NumPy's non-broadcastable output operand)."""


def unbroadcast(grad, shape):
    return grad                                                 # the broadcast shape is kept
