import numpy as np


def gumbel_max_sample(logits, rng):
    g = -np.log(-np.log(rng.random(logits.shape)))
    return np.argmax(logits + g, axis=-1)


def gumbel_softmax(logits, tau, rng):
    g = -np.log(-np.log(rng.random(logits.shape)))
    a = logits / tau + g
    a = a - a.max(axis=-1, keepdims=True)
    return np.exp(a) / np.exp(a).sum(axis=-1, keepdims=True)
