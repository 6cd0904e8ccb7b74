import numpy as np


def gumbel_max_sample(logits, rng):
    g = np.log(-np.log(rng.random(logits.shape)))
    return np.argmax(logits + g, axis=-1)


def gumbel_softmax(logits, tau, rng):
    g = np.log(-np.log(rng.random(logits.shape)))
    y = (logits + g) / tau
    y -= y.max(axis=-1, keepdims=True)
    p = np.exp(y)
    return p / p.sum(axis=-1, keepdims=True)
