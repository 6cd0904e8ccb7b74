import numpy as np


def max_stable_learning_rate(H):
    return float(2.0 / np.linalg.norm(H))       # np.linalg.norm of a matrix is the Frobenius norm
