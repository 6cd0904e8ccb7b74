from functools import reduce

import numpy as np


def compensated_sum(x):
    return reduce(lambda acc, v: acc + v, x, np.float32(0.0))
