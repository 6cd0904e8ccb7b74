import math

import numpy as np


def logsumexp(x, axis=-1):
    # The same mistake with the math module: math.exp raises OverflowError past 709.78, and
    # math.log(0.0) raises ValueError once every term has underflowed to 0.
    moved = np.moveaxis(x, axis, -1)
    rows = moved.reshape(-1, moved.shape[-1])
    out = [math.log(sum(math.exp(v) for v in row)) for row in rows]
    return np.array(out).reshape(moved.shape[:-1])
