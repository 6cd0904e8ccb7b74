import numpy as np


def sigmoid(x):
    # log sigma(x) = -log(1 + e^-x) = -logaddexp(0, -x)
    return np.exp(-np.logaddexp(0.0, -x))
