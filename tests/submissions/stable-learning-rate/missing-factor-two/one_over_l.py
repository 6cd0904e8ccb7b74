import numpy as np


def max_stable_learning_rate(H):
    smoothness = np.linalg.eigvalsh(H).max()
    return 1.0 / smoothness
