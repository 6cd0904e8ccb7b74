import math

import numpy as np


def sinusoidal_positions(T, D):
    pe = np.zeros((T, D))
    for t in range(T):
        for i in range(D // 2):
            angle = t / math.pow(10000, 2 * i / D)
            pe[t, 2 * i] = math.sin(angle)
            pe[t, 2 * i + 1] = math.cos(angle)
    return pe
