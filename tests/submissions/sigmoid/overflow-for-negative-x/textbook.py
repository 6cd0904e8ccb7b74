import numpy as np


def sigmoid(x):
    denominator = 1 + np.exp(-x)
    return 1 / denominator
