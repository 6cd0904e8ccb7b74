import math

import numpy as np


def entropy(p, axis=-1):
    rows = np.moveaxis(p, axis, -1)
    out = np.zeros(rows.shape[:-1])
    for index in np.ndindex(out.shape):
        out[index] = -sum(x * math.log(x) for x in rows[index])    # math.log(0): ValueError
    return out
