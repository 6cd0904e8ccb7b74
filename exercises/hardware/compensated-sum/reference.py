import numpy as np


def compensated_sum(x):
    s = np.float32(0.0)          # the running sum
    c = np.float32(0.0)          # minus the low-order part lost so far
    for i in range(len(x)):
        y = x[i] - c             # the next term, corrected by what was lost before
        t = s + y                # big + small: the low-order bits of y are rounded away
        c = (t - s) - y          # (what was really added) - (what we meant to add)
        s = t
    return s
