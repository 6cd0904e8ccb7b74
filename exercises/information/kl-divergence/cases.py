"""Hidden pairs of distributions for kl_divergence.

p and q are normalized Gamma draws (Dirichlet) along the case's axis, each with its own
memory layout. Exact zeros are placed in p (terms that must count 0), in q where p is also
0 (still 0), and in q where p > 0 (the divergence is +inf). Zero cases come both under
errstate 'raise' and without it, so that a plain p * log(p / q) (NaN without raise) and a
formula that is right but evaluates log(0) or p / 0 on the way (only the raise cases fail)
are told apart.
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


def _normalize(g, axis):
    return g / g.sum(axis=axis, keepdims=True)


def _pair(rng, shape, axis, concentration=1.0):
    p = _normalize(rng.gamma(concentration, size=shape), axis)
    q = _normalize(rng.gamma(concentration, size=shape), axis)
    return p, q


def _case(rng, p, q, axis):
    return {"p": _view(rng, p), "q": _view(rng, q), "axis": axis}


def matrix(rng, axis=-1):
    n, c = _distinct_sizes(rng, 2, 2, 9)
    return _case(rng, *_pair(rng, (n, c), axis), axis)


def three_dimensional(rng, axis=1):
    shape = tuple(_distinct_sizes(rng, 3, 2, 6))
    return _case(rng, *_pair(rng, shape, axis, concentration=0.7), axis)


def one_pair(rng):
    c = int(rng.integers(3, 12))
    p, q = _pair(rng, (c,), -1, concentration=2.0)
    return {"p": p, "q": q}


def nearby(rng):
    """q a small perturbation of p: a small divergence, where cancellation tests precision."""
    n, c = _distinct_sizes(rng, 2, 2, 9)
    p = _normalize(rng.gamma(2.0, size=(n, c)), -1)
    q = _normalize(p * np.exp(rng.normal(0.0, 1e-3, size=(n, c))), -1)
    return _case(rng, p, q, -1)


def not_normalized(rng):
    """Positive weights that do not sum to 1: the formula applied as given (it may be negative)."""
    n, c = _distinct_sizes(rng, 2, 2, 8)
    axis = 0
    return _case(rng, rng.uniform(0.01, 0.5, size=(n, c)), rng.uniform(0.01, 0.5, size=(n, c)), axis)


def _with_zeros(rng, shape, axis, where):
    """Distributions with exact zeros: `where` is 'p' (p = 0 somewhere, q > 0), or 'q'
    (q = 0 in some places where p = 0 too, and in some slices where p > 0)."""
    p, q = _pair(rng, shape, axis)
    moved_p, moved_q = np.moveaxis(p, axis, -1), np.moveaxis(q, axis, -1)   # views
    flat_p = moved_p.reshape(-1, moved_p.shape[-1]).copy()
    flat_q = moved_q.reshape(-1, moved_q.shape[-1]).copy()
    rows, width = flat_p.shape
    for r in range(rows):
        zero = rng.random(width) < 0.35
        zero[rng.integers(width)] = False               # every slice keeps some mass
        if r == 0:
            zero[(np.flatnonzero(~zero)[0] + 1) % width] = True      # the case has a zero
        flat_p[r, zero] = 0.0
        if where == "q":
            flat_q[r, zero & (rng.random(width) < 0.7)] = 0.0       # q = 0 where p = 0: finite
            if r % 2 == 1:                                           # every other slice: q = 0
                flat_q[r, rng.choice(np.flatnonzero(~zero))] = 0.0   # where p > 0, so +inf
            if flat_q[r].sum() == 0:                                 # q keeps some mass, where p = 0
                flat_q[r, np.flatnonzero(zero)[0]] = 1.0
    moved_p[...] = flat_p.reshape(moved_p.shape)
    moved_q[...] = flat_q.reshape(moved_q.shape)
    return _normalize(p, axis), _normalize(q, axis)


def zeros_in_p(rng, axis=-1):
    n, c = _distinct_sizes(rng, 2, 3, 9)
    return _case(rng, *_with_zeros(rng, (n, c), axis, "p"), axis)


def zeros_in_q(rng, axis=-1):
    n, c = _distinct_sizes(rng, 2, 3, 9)
    return _case(rng, *_with_zeros(rng, (n, c), axis, "q"), axis)


def identical(rng):
    """q equal to p, zeros included: the divergence is exactly 0."""
    n, c = _distinct_sizes(rng, 2, 3, 9)
    p, _ = _with_zeros(rng, (n, c), -1, "p")
    return {"p": p, "q": p.copy(), "axis": -1}


# One generator per axis regime (last, first, middle; counted from either end), so every
# seed meets each: the axis is part of what a case covers, not a value to draw.
def matrix_first_axis(rng):
    return matrix(rng, 0)


def matrix_last_axis_from_front(rng):
    return matrix(rng, 1)


def three_dimensional_first_from_end(rng):
    return three_dimensional(rng, -3)


def zeros_in_p_first_axis(rng):
    return zeros_in_p(rng, 0)


def zeros_in_q_first_axis(rng):
    return zeros_in_q(rng, 0)


def weights_above_one(rng):
    """Weights above 1, q larger than p everywhere, used as given: every term p ln(p / q) is
    negative and so is the value. A log clipped to [eps, 1] or a result clamped at 0 ("KL is
    never negative") is right only for true distributions."""
    n, c = _distinct_sizes(rng, 2, 2, 8)
    p = rng.uniform(1.2, 4.0, size=(n, c))
    return _case(rng, p, p * rng.uniform(1.5, 3.0, size=(n, c)), -1)
