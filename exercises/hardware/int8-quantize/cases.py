"""Weights with exact ties, zero columns, square shapes and quotients at a half."""
import numpy as np


def _x(rng, d):
    return rng.normal(0.0, 1.0, size=(int(rng.integers(2, 6)), d))


def exact_ties(rng):
    """Columns whose maximum is 127 (scale 1) holding k + 1/2 values, and columns whose
    maximum is 63.5 (scale 0.5) holding odd multiples of 1/4: w / scale is an exact half,
    so round-half-to-even, truncation and round-half-up all give different q. The other
    columns are random."""
    d, m = int(rng.integers(4, 9)), int(rng.integers(3, 7))
    w = rng.normal(0.0, 1.0, size=(d, m))
    cols = rng.permutation(m)
    tie127, tie635 = cols[0], cols[1]
    w[:, tie127] = rng.integers(-126, 126, size=d) + 0.5
    w[rng.integers(d), tie127] = rng.choice([-127.0, 127.0])
    w[:, tie635] = (2 * rng.integers(-126, 126, size=d) + 1) / 4.0
    w[rng.integers(d), tie635] = rng.choice([-63.5, 63.5])
    return {"w": w, "x": _x(rng, d)}


def zero_column(rng):
    """One column of zeros (scale 1, q 0) among random ones, and a column with a single
    nonzero entry."""
    d, m = int(rng.integers(3, 8)), int(rng.integers(3, 7))
    w = rng.normal(0.0, 2.0, size=(d, m))
    cols = rng.permutation(m)
    w[:, cols[0]] = 0.0
    w[:, cols[1]] = 0.0
    w[rng.integers(d), cols[1]] = rng.normal(0.0, 2.0)
    return {"w": w, "x": _x(rng, d)}


def square(rng):
    """D = M: a per-row scale (the wrong axis) has the right shape here."""
    d = int(rng.integers(3, 8))
    return {"w": rng.normal(0.0, 1.0, size=(d, d)) * rng.uniform(0.1, 5.0, size=d), "x": _x(rng, d)}


def _column_at_half(rng, d):
    """One column as quotient_at_half describes it, or None when this maximum offers no
    entry of one of the two kinds (for some scales w * (1 / scale) is always the quotient)."""
    top = rng.uniform(0.5, 3.0)
    scale = top / 127.0
    column = rng.uniform(-top, top, size=d)
    column[0] = top * rng.choice([-1.0, 1.0])
    slots = {"by 127/max": [1, 2], "by 1/scale": [3, 4]}
    for _ in range(1000):
        k = int(rng.integers(-126, 126))
        value = (k + 0.5) * scale
        right = np.round(value / scale)
        for kind, product in (("by 127/max", value * (127.0 / top)), ("by 1/scale", value * (1.0 / scale))):
            if slots[kind] and np.round(product) != right:
                column[slots[kind].pop()] = value
                break
        if not any(slots.values()):
            return column[rng.permutation(d)]
    return None


def quotient_at_half(rng):
    """Columns with entries (k + 1/2) * scale whose quotient w / scale rounds to another
    integer than w * (127 / max) or w * (1 / scale) does: the products differ from the
    quotient by an ulp at the half. Every column holds entries of both kinds."""
    d, m = int(rng.integers(6, 10)), int(rng.integers(2, 5))
    w = np.empty((d, m))
    for j in range(m):
        column = None
        while column is None:
            column = _column_at_half(rng, d)
        w[:, j] = column
    return {"w": w, "x": _x(rng, d)}
