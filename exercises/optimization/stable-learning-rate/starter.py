import numpy as np


def max_stable_learning_rate(H):
    """The supremum of the step sizes for which gradient descent converges on f(x) = 1/2 x^T H x.

    H: a symmetric positive definite matrix of shape (n, n). Do not modify it.
    Returns a positive float.
    """
    raise NotImplementedError("max_stable_learning_rate")
