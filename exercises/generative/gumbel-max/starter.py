import numpy as np


def gumbel_max_sample(logits, rng):
    """One sample per row of softmax(logits) by the Gumbel-max trick.

    logits: float (..., C), unnormalized log-probabilities along the last axis (-inf allowed:
    probability 0; every row has a finite entry). rng: a np.random.Generator; draw exactly
    u = rng.random(logits.shape) once, g = -log(-log(u)).
    Returns np.argmax(logits + g, axis=-1): an int array of shape logits.shape[:-1]
    (a NumPy integer for 1-D logits).
    """
    raise NotImplementedError("gumbel_max_sample: Gumbel noise from one rng.random, then an argmax")


def gumbel_softmax(logits, tau, rng):
    """The Gumbel-softmax relaxation: softmax((logits + g) / tau) along the last axis, with
    g drawn exactly as in gumbel_max_sample. Max-shifted (finite for tau down to 1e-4);
    returns an array of logits' shape whose rows sum to 1."""
    raise NotImplementedError("gumbel_softmax: the same noise, divided by tau, through a stable softmax")
