import numpy as np


def cross_entropy(logits, y):
    # The same mistake written with an unshifted softmax.
    n = logits.shape[0]
    e = np.exp(logits)
    p = e / np.sum(e, axis=1, keepdims=True)
    return float(-np.mean(np.log(p[np.arange(n), y])))
