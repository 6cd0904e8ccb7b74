import numpy as np


def max_stable_learning_rate(H):
    lam = np.linalg.eigvals(H).real
    return 2.0 / lam.min()
