"""Cases a declaration cannot say: the target is a scalar, shape ()."""
import numpy as np


def to_a_scalar(rng):
    ndim = int(rng.integers(1, 4))
    shape = tuple(int(n) for n in rng.choice(np.arange(2, 7), size=ndim, replace=False))
    return {"grad": rng.normal(0.0, 1.0, size=shape), "x": np.array(rng.normal())}
