import math

import numpy as np


def softmax(x, axis=-1):
    flat = x.ravel()
    m = max(flat)
    exps = [math.exp(v - m) for v in flat]
    total = sum(exps)
    return np.array([e / total for e in exps]).reshape(x.shape)
