# Mistake: naive-accumulation. The reference with the correction never applied: y is the raw term, so the
# low-order bits lost at each step are computed (in c) and thrown away.
import numpy as np


def compensated_sum(x):
    s = np.float32(0.0)
    c = np.float32(0.0)
    for i in range(len(x)):
        y = x[i]                 # the mistake: not corrected by c
        t = s + y
        c = (t - s) - y
        s = t
    return s
