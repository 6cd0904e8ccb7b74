"""Leaf values for each probe graph, drawn where every operation is defined and smooth:
positive where log, division or a fractional power needs it, and relu inputs well away
from 0.

The graph y = a*a + a*b appears only once (the public example): with gradients assigned
instead of added, its result depends on which of the two uses of a is processed last,
an order that an implementation keeping operands in a set does not fix, so a second copy
could not be matched consistently with one named mistake.
"""
import numpy as np


def _signed(rng, low, high, size=None):
    return rng.uniform(low, high, size) * rng.choice([-1.0, 1.0], size)


def reuse(rng):
    return {"graph": "reuse", "leaves": _signed(rng, 0.3, 2.0, 3)}


def numbers(rng):
    a, b, d = _signed(rng, 0.1, 2.0, 3)
    c, e = rng.uniform(0.5, 2.0, 2)
    return {"graph": "numbers", "leaves": np.array([a, b, c, d, e])}


def every_op(rng):
    a, b = _signed(rng, 0.2, 1.5, 2)
    return {"graph": "every_op",
            "leaves": np.array([a, b, rng.uniform(-1, 1), rng.uniform(-0.5, 1.0),
                                rng.uniform(1.0, 2.0), rng.uniform(0.0, 2.0)])}


def diamond(rng):
    return {"graph": "diamond", "leaves": _signed(rng, 0.3, 1.5, 2)}


def deep_chain(rng):
    depth = int(rng.integers(6, 11))
    x = rng.uniform(-1.0, 1.0)
    return {"graph": "deep_chain", "leaves": np.concatenate([[x], _signed(rng, 0.8, 1.8, depth)])}


def used_twice(rng):
    # x6 (relu) and x8 (log) positive; none near the points where both parts cancel
    x = _signed(rng, 0.3, 1.5, 8)
    x[5], x[7] = abs(x[5]), abs(x[7])
    return {"graph": "used_twice", "leaves": x}
