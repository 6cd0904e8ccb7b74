import numpy as np


def softmax(x, axis=-1):
    # normalize each column
    z = x - np.max(x, axis=0, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=0, keepdims=True)
