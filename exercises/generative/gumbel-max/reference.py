import numpy as np


def _perturbed(logits, rng):
    u = rng.random(logits.shape)                 # the call's only draw
    g = -np.log(-np.log(u))                      # Gumbel(0, 1) noise by inverting its CDF exp(-exp(-g))
    return logits + g


def gumbel_max_sample(logits, rng):
    return np.argmax(_perturbed(logits, rng), axis=-1)


def gumbel_softmax(logits, tau, rng):
    y = _perturbed(logits, rng) / tau
    y = y - np.max(y, axis=-1, keepdims=True)    # the largest entry becomes 0: exp never overflows
    e = np.exp(y)
    return e / np.sum(e, axis=-1, keepdims=True)
