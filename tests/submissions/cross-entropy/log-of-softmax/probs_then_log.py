import numpy as np


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def cross_entropy(logits, y):
    probs = softmax(logits)
    correct = probs[np.arange(logits.shape[0]), y]
    return float(np.mean(-np.log(correct)))
