import numpy as np


def compensated_sum(x):
    acc = np.zeros(2, dtype=np.float32)
    for i in range(x.shape[0]):
        y = x[i] + acc[1]
        t = acc[0] + y
        acc[1] = (t - acc[0]) - y
        acc[0] = t
    return acc[0]
