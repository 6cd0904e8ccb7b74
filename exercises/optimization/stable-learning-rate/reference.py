import numpy as np


def max_stable_learning_rate(H):
    eigenvalues = np.linalg.eigvalsh(H)          # ascending, real: H is symmetric
    return float(2.0 / eigenvalues[-1])
