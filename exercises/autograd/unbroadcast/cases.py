"""Cases a declaration cannot say: the target is a scalar, shape ().

A vector summed to a scalar loses one axis, an array of 2 or 3 axes loses several: each is
its own group, so a code that sums one leading axis (an `if` where a `while` belongs)
meets a target it cannot reach on every seed.
"""
import numpy as np


def _to_a_scalar(rng, ndim):
    shape = tuple(int(n) for n in rng.choice(np.arange(2, 7), size=ndim, replace=False))
    return {"grad": rng.normal(0.0, 1.0, size=shape), "x": np.array(rng.normal())}


def vector_to_a_scalar(rng):
    return _to_a_scalar(rng, 1)


def array_to_a_scalar(rng):
    return _to_a_scalar(rng, int(rng.integers(2, 4)))
