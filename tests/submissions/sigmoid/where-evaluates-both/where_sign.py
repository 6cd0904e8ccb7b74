import numpy as np


def sigmoid(x):
    positive = 1 / (1 + np.exp(-x))
    negative = np.exp(x) / (1 + np.exp(x))
    return np.where(x > 0, positive, negative)
