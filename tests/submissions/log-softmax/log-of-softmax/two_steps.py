import numpy as np


def softmax(x, axis):
    z = x - x.max(axis=axis, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    probs = softmax(x, axis)
    return np.log(probs)
