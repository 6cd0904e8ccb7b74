import numpy as np


def logsumexp(x, axis=-1):
    """log(sum(exp(x))) along `axis`, computed without overflow.

    x: a float array of any shape; axis: the axis to reduce (negative values count from the end).
    Returns an array with that axis removed (a single number for a 1-D x). Finite for
    entries as large as ±10,000. Must not modify x.
    """
    raise NotImplementedError("logsumexp: shift by the maximum, exponentiate, sum, take the log, add the maximum back")
