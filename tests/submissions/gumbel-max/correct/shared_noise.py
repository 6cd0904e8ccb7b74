import numpy as np


def gumbel_noise(shape, rng):
    u = rng.random(shape)
    return -np.log(-np.log(u))


def gumbel_max_sample(logits, rng):
    scores = logits + gumbel_noise(logits.shape, rng)
    return scores.argmax(axis=-1)


def gumbel_softmax(logits, tau, rng):
    s = (logits + gumbel_noise(logits.shape, rng)) / tau
    m = s.max(axis=-1, keepdims=True)
    log_norm = m + np.log(np.exp(s - m).sum(axis=-1, keepdims=True))
    return np.exp(s - log_norm)
