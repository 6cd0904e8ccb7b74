import math

import numpy as np


def softmax(x, axis=-1):
    # move the softmax axis to the end, then do one slice at a time with plain Python
    moved = np.moveaxis(x, axis, -1)
    out = np.empty(moved.shape, dtype=np.float64)
    for idx in np.ndindex(moved.shape[:-1]):
        row = moved[idx]
        biggest = max(row)
        exps = [math.exp(v - biggest) for v in row]
        total = sum(exps)
        for k in range(len(exps)):
            out[idx + (k,)] = exps[k] / total
    return np.moveaxis(out, -1, axis)
