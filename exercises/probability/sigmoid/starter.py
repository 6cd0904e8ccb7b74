import numpy as np


def sigmoid(x):
    """The logistic sigmoid 1 / (1 + e^-x), element by element.

    x: a float array of any shape. Returns an array of the same shape with entries in
    [0, 1]. No overflow warning and no NaN even for entries of ±10,000. Must not modify x.
    """
    raise NotImplementedError("sigmoid: never exponentiate a large positive number")
