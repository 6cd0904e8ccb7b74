"""Generators for rnn-step cases that a declaration cannot express."""
import numpy as np


def saturated_far(rng):
    """Pre-activations in the thousands, of both signs in every row: tanh is ±1 there, and a
    tanh written through exp(2a) overflows (inf / inf) wherever a > 355."""
    n, d, h = int(rng.integers(2, 7)), int(rng.integers(2, 8)), int(rng.integers(2, 9))
    signs = rng.permutation(np.resize([1.0, -1.0], h))       # both signs, in a random order
    return {
        "x": rng.normal(size=(n, d)),
        "prev_h": rng.uniform(-1.0, 1.0, size=(n, h)),
        "Wx": rng.normal(0.0, 1.0, size=(d, h)),
        "Wh": rng.normal(0.0, 1.0, size=(h, h)),
        "b": signs * rng.uniform(1000.0, 3000.0, size=h),
        "dnext_h": rng.normal(size=(n, h)),
    }
