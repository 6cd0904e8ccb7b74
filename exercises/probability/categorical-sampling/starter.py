import numpy as np


def sample_categorical(p, n, rng):
    """Draw n independent samples from the categorical distribution p by inverse-CDF sampling.

    p: float array (K,), non-negative, summing to 1: p[k] is the probability of category k.
    n: the number of samples, an int.
    rng: a np.random.Generator; draw every random number from rng.random (nothing else).
    Returns an int array of shape (n,) with values in 0..K-1, where category k appears with
    probability p[k]. Must not modify p.
    """
    raise NotImplementedError("sample_categorical: cumulative sums, uniform numbers, and a search")
