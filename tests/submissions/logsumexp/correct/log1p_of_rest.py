import numpy as np


def logsumexp(x, axis=-1):
    x = np.moveaxis(x, axis, 0)
    top = x.max(axis=0)
    # sum of e^(x - top) is 1 (the max itself) + everything else
    rest = np.exp(x - top).sum(axis=0) - 1.0
    return top + np.log1p(rest)
