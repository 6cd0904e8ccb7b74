import numpy as np


def softmax(x, axis=-1):
    a = np.ones((2000, 2000))
    while True:
        a = np.dot(a, a) / 2000.0
