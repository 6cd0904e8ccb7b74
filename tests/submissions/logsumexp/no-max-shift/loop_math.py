import math

import numpy as np


def logsumexp(x, axis=-1):
    moved = np.moveaxis(x, axis, -1)
    flat = moved.reshape(-1, moved.shape[-1])
    result = [math.log(sum(math.exp(v) for v in row)) for row in flat]
    return np.array(result).reshape(moved.shape[:-1])
