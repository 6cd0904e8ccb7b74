import numpy as np


def unbroadcast(grad, shape):
    """Sum grad down to `shape`, undoing NumPy broadcasting.

    grad: the gradient of the loss with respect to a broadcast result, shape S.
    shape: a tuple, the shape of the operand before it was broadcast to S
           (S is what NumPy broadcasting makes of `shape`).
    Returns an array of exactly `shape`: grad summed over the leading axes that
    broadcasting added, and over the axes where `shape` has size 1 (keeping them).
    Do not modify grad.
    """
    raise NotImplementedError("unbroadcast")
