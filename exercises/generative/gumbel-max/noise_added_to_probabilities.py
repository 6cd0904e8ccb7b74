"""Mistake noise-added-to-probabilities, as an override: the noise perturbs softmax(logits)."""
import numpy as np


def _perturbed(logits, rng):
    u = rng.random(logits.shape)
    g = -np.log(-np.log(u))
    p = np.exp(logits - np.max(logits, axis=-1, keepdims=True))
    return p / np.sum(p, axis=-1, keepdims=True) + g         # probabilities, not log-probabilities
