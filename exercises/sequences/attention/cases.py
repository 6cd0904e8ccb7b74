"""Generators for masked attention cases.

Every mask is a bool array (Tq, Tk) in which every row (query) has at least one True (a
key it may attend to) and some row has a False (a blocked key): otherwise masking would
not change the result, and a mask applied after the softmax could not be told apart.
Tq, Tk and d are always three different sizes.
"""
import numpy as np


def causal_mask(rng):
    """Query i sees keys up to its own position; with Tk > Tq the queries are the last Tq
    positions (as when new tokens attend to a cache of earlier ones)."""
    n, tq, tk, d = _sizes(rng)
    i, j = np.arange(tq)[:, None], np.arange(tk)[None, :]
    return _case(rng, n, tq, tk, d, j <= i + max(tk - tq, 0))


def padding_mask(rng):
    """The last keys are padding: every query may only look at the first `valid` keys."""
    n, tq, tk, d = _sizes(rng)
    valid = int(rng.integers(1, tk))
    mask = np.zeros((tq, tk), dtype=bool)
    mask[:, :valid] = True
    return _case(rng, n, tq, tk, d, mask)


def random_mask(rng):
    """An arbitrary pattern of allowed and blocked pairs."""
    n, tq, tk, d = _sizes(rng)
    mask = rng.random((tq, tk)) < 0.6
    for row in range(tq):
        if not mask[row].any():
            mask[row, int(rng.integers(tk))] = True
    if mask.all():
        mask[int(rng.integers(tq)), int(rng.integers(tk))] = False
    return _case(rng, n, tq, tk, d, mask)


def _case(rng, n, tq, tk, d, mask):
    assert mask.dtype == np.bool_ and mask.any(axis=1).all() and not mask.all()
    return {
        "q": rng.normal(0.0, 1.0, size=(n, tq, d)),
        "k": rng.normal(0.0, 1.0, size=(n, tk, d)),
        "v": rng.normal(0.0, 1.0, size=(n, tk, d)),
        "mask": mask,
        "dout": rng.normal(0.0, 1.0, size=(n, tq, d)),
    }


def _sizes(rng):
    """N, Tq, Tk, d with Tq, Tk and d all different."""
    n = int(rng.integers(1, 4))
    tq = int(rng.integers(2, 7))
    tk = int(rng.choice([s for s in range(2, 8) if s != tq]))
    d = int(rng.choice([s for s in range(2, 9) if s not in (tq, tk)]))
    return n, tq, tk, d
