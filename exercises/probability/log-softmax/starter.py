import numpy as np


def log_softmax(x, axis=-1):
    """log(softmax(x)) along `axis`, computed directly so that it never takes log(0).

    x: a float array of any shape; axis: the axis the probabilities are taken over.
    Returns an array of the shape of x: every entry is <= 0, and exp of the result sums
    to 1 along `axis`. Finite even for logits of -10,000 next to logits near 0. Must not
    modify x.
    """
    raise NotImplementedError("log_softmax: x minus the log-sum-exp of x along axis")
