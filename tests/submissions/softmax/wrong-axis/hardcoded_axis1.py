import numpy as np


def softmax(x, axis=-1):
    # one row per example, classes along axis 1
    shifted = x - np.max(x, axis=1, keepdims=True)
    exp_scores = np.exp(shifted)
    return exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
