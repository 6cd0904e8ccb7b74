import numpy as np


def log_softmax(x, axis=-1):
    # The same mistake on top of a softmax that is not shifted either.
    e = np.exp(x)
    return np.log(e / np.sum(e, axis=axis, keepdims=True))
