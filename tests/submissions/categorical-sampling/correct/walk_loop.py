import numpy as np


def sample_categorical(p, n, rng):
    out = np.zeros(n, dtype=int)
    for i in range(n):
        u = rng.random()
        total = 0.0
        k = 0
        while k < len(p) - 1:
            total += p[k]
            if u < total:
                break
            k += 1
        out[i] = k
    return out
