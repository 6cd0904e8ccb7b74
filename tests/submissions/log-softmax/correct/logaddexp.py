import numpy as np


def log_softmax(x, axis=-1):
    normalizer = np.logaddexp.reduce(x, axis=axis, keepdims=True)
    return x - normalizer
