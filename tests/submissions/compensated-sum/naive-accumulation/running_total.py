import numpy as np


def compensated_sum(x):
    total = np.float32(0)
    for value in x:
        total += value
    return total
