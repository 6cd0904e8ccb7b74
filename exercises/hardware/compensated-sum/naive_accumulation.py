import numpy as np


def compensated_sum(x):
    s = np.float32(0.0)
    for i in range(len(x)):
        s = s + x[i]
    return s
