import numpy as np


def cross_entropy(logits, y):
    n = logits.shape[0]
    e = np.exp(logits - np.max(logits, axis=1, keepdims=True))
    p = e / np.sum(e, axis=1, keepdims=True)
    return float(-np.mean(np.log(p[np.arange(n), y])))
