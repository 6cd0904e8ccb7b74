"""Hidden probability arrays for entropy.

Distributions are drawn as normalized Gamma variables (a Dirichlet draw) along the case's
axis. Zeros are placed exactly (p = 0.0), with at least one positive entry left in every
slice. Groups with zeros come in two kinds: under errstate 'raise' (a log(0) computed on
the way is an error, even if the value is later discarded) and without it (where a plain
p * log(p) shows up as NaN), so the two ways of getting zeros wrong are told apart.
"""
import numpy as np


def _view(rng, a):
    layout = ("contiguous", "transposed", "strided")[int(rng.integers(3))]
    if layout == "transposed" and a.ndim >= 2:
        return np.ascontiguousarray(a.T).T
    if layout == "strided":
        wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],))
        wide[..., ::2] = a
        return wide[..., ::2]
    return a


def _distinct_sizes(rng, count, low, high):
    return [int(v) for v in rng.choice(np.arange(low, high + 1), size=count, replace=False)]


def _distributions(rng, shape, axis, concentration=1.0, zero_fraction=0.0):
    g = rng.gamma(concentration, size=shape)
    if zero_fraction:
        g = np.where(rng.random(shape) < zero_fraction, 0.0, g)
        moved = np.moveaxis(g, axis, -1)                 # a view: writes go into g
        empty = moved.sum(axis=-1) == 0
        moved[empty, 0] = 1.0                            # never an all-zero slice
        flat = moved.reshape(-1, moved.shape[-1])
        if not np.any(flat == 0):                        # make sure the case has a zero
            flat[0, -1] = 0.0
            if flat[0].sum() == 0:
                flat[0, 0] = 1.0
            moved[...] = flat.reshape(moved.shape)
    return g / g.sum(axis=axis, keepdims=True)


def matrix(rng, axis=-1):
    n, c = _distinct_sizes(rng, 2, 2, 9)
    return {"p": _view(rng, _distributions(rng, (n, c), axis)), "axis": axis}


def three_dimensional(rng, axis=0):
    shape = tuple(_distinct_sizes(rng, 3, 2, 6))
    return {"p": _view(rng, _distributions(rng, shape, axis, concentration=0.5)), "axis": axis}


def one_vector(rng):
    c = int(rng.integers(3, 12))
    return {"p": _distributions(rng, (c,), -1, concentration=2.0)}


def not_normalized(rng):
    """Nonnegative weights that do not sum to 1: the entropy formula applied as given."""
    n, c = _distinct_sizes(rng, 2, 2, 8)
    axis = 0
    return {"p": _view(rng, rng.uniform(0.01, 0.3, size=(n, c))), "axis": axis}


def with_zeros(rng, axis=-1):
    n, c = _distinct_sizes(rng, 2, 3, 9)
    return {"p": _view(rng, _distributions(rng, (n, c), axis, zero_fraction=0.35)), "axis": axis}


def with_zeros_3d(rng, axis=1):
    shape = tuple(_distinct_sizes(rng, 3, 2, 6))
    return {"p": _view(rng, _distributions(rng, shape, axis, zero_fraction=0.3)), "axis": axis}


def one_hot_rows(rng):
    """Some rows certain (entropy exactly 0), the others ordinary distributions."""
    n, c = _distinct_sizes(rng, 2, 3, 9)
    p = _distributions(rng, (n, c), -1)
    certain = rng.random(n) < 0.5
    certain[0] = True
    p[certain] = 0.0
    p[certain, rng.integers(c, size=int(certain.sum()))] = 1.0
    return {"p": p, "axis": -1}


def tiny_probabilities(rng):
    """Entries down to 1e-300: p ln p is tiny but must not warn (underflow is allowed)."""
    n, c = _distinct_sizes(rng, 2, 3, 8)
    p = _distributions(rng, (n, c), -1)
    p[:, 0] = 10.0 ** rng.uniform(-300, -100, size=n)
    p[:, 1] = 0.0
    return {"p": p / p.sum(axis=-1, keepdims=True), "axis": -1}


# One generator per axis regime (last, first, middle; counted from either end), so every
# seed meets each: the axis is part of what a case covers, not a value to draw.
def matrix_first_axis(rng):
    return matrix(rng, 0)


def matrix_last_axis_from_front(rng):
    return matrix(rng, 1)


def three_dimensional_middle_from_end(rng):
    return three_dimensional(rng, -2)


def with_zeros_first_axis(rng):
    return with_zeros(rng, 0)


def counts_above_one(rng):
    """Weights above 1 (counts, unnormalized scores), used as given: every term p ln p is
    positive, so the value is negative. A log clipped to [eps, 1] or a result clamped at 0
    ("entropy is never negative") is right only for true distributions."""
    n, c = _distinct_sizes(rng, 2, 2, 8)
    return {"p": _view(rng, rng.uniform(1.5, 6.0, size=(n, c))), "axis": -1}
