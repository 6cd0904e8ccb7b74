import math

import numpy as np


def softmax(x, axis=-1):
    moved = np.moveaxis(x, axis, -1)
    out = np.zeros(moved.shape)
    for idx in np.ndindex(moved.shape[:-1]):
        exps = [math.exp(v) for v in moved[idx]]
        s = sum(exps)
        out[idx] = [e / s for e in exps]
    return np.moveaxis(out, -1, axis)
