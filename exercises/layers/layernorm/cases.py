"""Generators for layer-norm cases that a declaration cannot express."""
import numpy as np


def rows_on_different_scales(rng):
    """Samples whose features live at very different offsets and scales, row by row.

    This is the situation layer norm is for: each sample is brought to mean 0 and
    variance 1 on its own, whatever the other samples in the batch look like.
    """
    n = int(rng.integers(3, 8))
    d = int(rng.choice([v for v in range(3, 10) if v != n]))
    offsets = rng.uniform(-20.0, 20.0, size=(n, 1))
    scales = np.exp(rng.uniform(-2.0, 2.0, size=(n, 1)))
    return {
        "x": offsets + scales * rng.normal(size=(n, d)),
        "gamma": rng.normal(1.0, 0.5, size=d),
        "beta": rng.normal(0.0, 1.0, size=d),
        "dout": rng.normal(size=(n, d)),
        "eps": [None, 1e-5][int(rng.integers(2))],
    }
