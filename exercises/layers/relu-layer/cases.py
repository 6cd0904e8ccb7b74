"""Hidden cases of the ReLU at its kink: some entries of x are exactly 0.

The statement defines the gradient there by dx = dout · 1[x > 0], so a unit whose input is
exactly 0 passes nothing back. Finite differences are not valid at 0, so the gradient check
skips this group (its name starts with "at the kink"); the close check on dx applies.
"""
import numpy as np


def exact_zeros(rng):
    n, d = int(rng.integers(2, 6)), int(rng.integers(6, 10))
    x = rng.normal(0.0, 1.0, size=(n, d))
    x[rng.random((n, d)) < 0.3] = 0.0
    x[0, 0] = 0.0                                    # at least one zero in every case
    return {"x": x, "dout": rng.normal(0.0, 1.0, size=(n, d))}
