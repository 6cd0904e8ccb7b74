import numpy as np


def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def gumbel_max_sample(logits, rng):
    g = -np.log(-np.log(rng.random(logits.shape)))
    return np.argmax(softmax(logits) + g, axis=-1)


def gumbel_softmax(logits, tau, rng):
    g = -np.log(-np.log(rng.random(logits.shape)))
    return softmax((softmax(logits) + g) / tau)
