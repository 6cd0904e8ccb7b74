import math

import numpy as np


def kl_divergence(p, q, axis=-1):
    P = np.moveaxis(p, axis, -1)
    Q = np.moveaxis(q, axis, -1)
    out = np.zeros(P.shape[:-1])
    for idx in np.ndindex(*out.shape):
        total = 0.0
        for a, b in zip(P[idx], Q[idx]):
            if a == 0:
                continue
            if b == 0:
                total = math.inf
                break
            total += a * math.log(a / b)
        out[idx] = total
    return out[()]
