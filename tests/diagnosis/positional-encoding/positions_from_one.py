# kind: unlisted
# expect: none
# why: numbers the positions 1..T instead of 0..T-1 (off by one), so every row is the encoding of the next position and row 0 is not [0, 1, 0, 1, ...]
import numpy as np


def sinusoidal_positions(T, D):
    t = np.arange(1, T + 1)[:, None]             # positions 1, 2, ..., T
    i = np.arange(D // 2)[None, :]
    w = 10000.0 ** (-2 * i / D)
    pe = np.empty((T, D))
    pe[:, ::2] = np.sin(t * w)
    pe[:, 1::2] = np.cos(t * w)
    return pe
