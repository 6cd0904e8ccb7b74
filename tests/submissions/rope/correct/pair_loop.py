import math
import numpy as np


def apply_rope(x, offset=0, base=10000.0):
    n, t, d = x.shape
    out = np.zeros((n, t, d))
    for pos in range(t):
        p = offset + pos
        for i in range(d // 2):
            ang = p * base ** (-2 * i / d)
            c, s = math.cos(ang), math.sin(ang)
            a, b = x[:, pos, 2 * i], x[:, pos, 2 * i + 1]
            out[:, pos, 2 * i] = a * c - b * s
            out[:, pos, 2 * i + 1] = a * s + b * c
    return out
