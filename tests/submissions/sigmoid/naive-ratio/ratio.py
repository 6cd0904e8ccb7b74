import numpy as np


def sigmoid(x):
    return np.exp(x) / (np.exp(x) + 1)
