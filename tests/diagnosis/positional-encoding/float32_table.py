# kind: unlisted
# expect: generic:float32-precision
# why: builds the table in float32 as a model's embedding would be (np.zeros(..., dtype=np.float32)); the formula is right but the values are float32-accurate and returned as float32
import numpy as np


def sinusoidal_positions(T, D):
    pe = np.zeros((T, D), dtype=np.float32)
    position = np.arange(T, dtype=np.float32)[:, None]
    w = 1.0 / (10000.0 ** (np.arange(0, D, 2, dtype=np.float32) / D))
    pe[:, 0::2] = np.sin(position * w)
    pe[:, 1::2] = np.cos(position * w)
    return pe
