import numpy as np


def _perturbed(logits, rng):
    u = rng.random(logits.shape)
    g = np.log(-np.log(u))                       # the outer minus dropped: -Gumbel noise
    return logits + g


def gumbel_max_sample(logits, rng):
    return np.argmax(_perturbed(logits, rng), axis=-1)


def gumbel_softmax(logits, tau, rng):
    y = _perturbed(logits, rng) / tau
    y = y - np.max(y, axis=-1, keepdims=True)
    e = np.exp(y)
    return e / np.sum(e, axis=-1, keepdims=True)
