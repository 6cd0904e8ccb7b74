import numpy as np


def numerical_gradient(f, x, h=1e-5):
    """Centered-difference gradient of the scalar function f at x.

    f takes an array shaped like x and returns a float. x is a float64 array of any shape
    (possibly a non-contiguous view). Return grad, a new float64 array of x's shape, with
    grad[i] = (f(x + h e_i) - f(x - h e_i)) / (2 h) for every index i.
    x must be exactly as it was when you return.
    """
    raise NotImplementedError("numerical_gradient: perturb each entry by +h and -h, one at a time")
