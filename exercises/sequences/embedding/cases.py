"""Generators for embedding cases: word indices that are guaranteed to repeat."""
import numpy as np


def repeated_words(rng):
    """A batch of sentences over a vocabulary of which only part is used.

    Guarantees a word repeated inside one sentence (x[0, 0] == x[0, 1]) and a word shared
    by two sentences at the same position (x[0, -1] == x[1, -1]): a backward pass that
    drops repeated indices, whichever way it loops, gets some row of dW wrong. Some words
    of the vocabulary never occur, so their rows of dW must stay exactly 0.
    """
    n, t, v, d = _distinct(rng, [(2, 5), (3, 7), (6, 12), (2, 8)])
    used = rng.choice(v, size=int(rng.integers(2, v - 1)), replace=False)   # a strict subset
    x = rng.choice(used, size=(n, t)).astype(np.int64)
    x[0, 1] = x[0, 0]
    x[1, -1] = x[0, -1]
    return {
        "x": x,
        "W": rng.normal(0.0, 1.0, size=(v, d)),
        "dout": rng.normal(0.0, 1.0, size=(n, t, d)),
    }


def _distinct(rng, ranges):
    """One size per range, all different (so no two axes can be confused)."""
    sizes = []
    for low, high in ranges:
        free = [s for s in range(low, high + 1) if s not in sizes]
        sizes.append(int(rng.choice(free)))
    return sizes
