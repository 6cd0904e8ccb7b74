import math

import numpy as np


def log_softmax(x, axis=-1):
    moved = np.moveaxis(x, axis, -1)
    out = np.empty(moved.shape)
    for index in np.ndindex(*moved.shape[:-1]):
        row = moved[index]
        top = float(np.max(row))
        total = sum(math.exp(v - top) for v in row)
        out[index] = [v - top - math.log(total) for v in row]
    return np.moveaxis(out, -1, axis)
