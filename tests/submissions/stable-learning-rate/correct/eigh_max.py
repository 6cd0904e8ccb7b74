import numpy as np


def max_stable_learning_rate(H):
    eigenvalues, _ = np.linalg.eigh(H)
    return float(2 / max(eigenvalues))
