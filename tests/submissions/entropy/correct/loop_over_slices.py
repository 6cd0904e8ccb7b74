import math

import numpy as np


def entropy(p, axis=-1):
    slices = np.moveaxis(p, axis, -1)
    result = np.empty(slices.shape[:-1])
    for index in np.ndindex(*result.shape):
        total = 0.0
        for prob in slices[index]:
            if prob > 0:
                total -= prob * math.log(prob)
        result[index] = total
    return result if result.ndim else float(result)
