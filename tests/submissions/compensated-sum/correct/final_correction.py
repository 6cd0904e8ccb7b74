import numpy as np


def compensated_sum(x):
    s = np.float32(0)
    c = np.float32(0)
    for k in range(x.size):
        y = x[k] - c
        t = s + y
        c = (t - s) - y
        s = t
    return s - c          # fold the last compensation in as well
