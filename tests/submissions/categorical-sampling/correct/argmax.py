import numpy as np


def sample_categorical(p, n, rng):
    u = rng.random((n, 1))
    below = u < np.cumsum(p)            # True from the chosen category onward
    below[:, -1] = True
    return below.argmax(axis=1)
