import numpy as np


def max_stable_learning_rate(H):
    return 2.0 / np.linalg.norm(H, 2)      # the spectral norm: the largest eigenvalue of an SPD matrix
