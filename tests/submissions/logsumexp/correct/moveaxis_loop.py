import math

import numpy as np


def logsumexp(x, axis=-1):
    # Bring the reduced axis to the end and handle one slice at a time.
    moved = np.moveaxis(np.asarray(x, dtype=float), axis, -1)
    flat = moved.reshape(-1, moved.shape[-1])
    out = np.empty(flat.shape[0])
    for i, row in enumerate(flat):
        biggest = max(row)
        total = 0.0
        for value in row:
            total += math.exp(value - biggest)
        out[i] = biggest + math.log(total)
    return out.reshape(moved.shape[:-1])
