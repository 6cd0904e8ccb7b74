import numpy as np


def sample_categorical(p, n, rng):
    samples = []
    for _ in range(n):
        u = rng.random()
        c = 0.0
        for k, pk in enumerate(p):
            c += pk
            if u < c:
                samples.append(k + 1)
                break
    return np.array(samples)
