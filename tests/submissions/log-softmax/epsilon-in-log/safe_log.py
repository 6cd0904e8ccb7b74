import numpy as np

EPS = 1e-10


def log_softmax(x, axis=-1):
    shifted = x - np.amax(x, axis=axis, keepdims=True)
    probs = np.exp(shifted)
    probs = probs / probs.sum(axis=axis, keepdims=True)
    return np.log(probs + EPS)     # "safe" log
