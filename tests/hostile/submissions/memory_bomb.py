import numpy as np


def softmax(x, axis=-1):
    big = np.ones(int(30e9 / 8))
    return big
