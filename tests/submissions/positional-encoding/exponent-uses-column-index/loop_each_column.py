import math

import numpy as np


def sinusoidal_positions(T, D):
    pe = np.zeros((T, D))
    for t in range(T):
        for j in range(D):
            angle = t / 10000 ** (j / D)
            pe[t, j] = math.sin(angle) if j % 2 == 0 else math.cos(angle)
    return pe
